/** Which language the server prepares a page in: the same answer the app gives in the browser. */
import type { FastifyRequest } from 'fastify';
import { LANGUAGE_COOKIE, isLanguage, matchLanguage, type LanguageCode } from '../i18n/languages.ts';

/** ?lang=, else the reader's saved choice (cookie), else Accept-Language, else Japanese. */
export function pageLanguage(request: FastifyRequest): LanguageCode {
  const fromLink = (request.query as Record<string, string | undefined>).lang;
  if (isLanguage(fromLink)) return fromLink;
  // One cookie of known name and plain value (a language code): no parser needed (the `cookie`
  // package's current major declares Node >= 22, this server runs on 20).
  const saved = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]*)`).exec(request.headers.cookie ?? '')?.[1];
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
