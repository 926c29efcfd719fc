/** Which language the server prepares a page in: the same answer the app gives in the browser. */
import { parseCookie } from 'cookie';
import type { FastifyRequest } from 'fastify';
import { LANGUAGE_COOKIE, isLanguage, matchLanguage, type LanguageCode } from '../i18n/languages.ts';

/** ?lang=, else the reader's saved choice (cookie), else Accept-Language, else Japanese. */
export function pageLanguage(request: FastifyRequest): LanguageCode {
  const fromLink = (request.query as Record<string, string | undefined>).lang;
  if (isLanguage(fromLink)) return fromLink;
  const saved = parseCookie(request.headers.cookie ?? '')[LANGUAGE_COOKIE];
  if (isLanguage(saved)) return saved;
  const accepted = (request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const q = Number(params.find((p) => /^q=/i.test(p))?.slice(2) ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((a) => a.tag && a.q > 0)
    .sort((a, b) => b.q - a.q);
  return matchLanguage(accepted.map((a) => a.tag));
}
