import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, htmlLang } from '../../i18n/languages.ts';
import { useContent } from './ContentProvider.tsx';

type State = 'idle' | 'speaking' | 'paused';

/** The best installed voice for a language tag: exact match first, then same base language. */
export function pickVoice(voices: SpeechSynthesisVoice[], tag: string): SpeechSynthesisVoice | null {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0];
  return voices.find((v) => v.lang.toLowerCase() === lower) ?? voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) ?? null;
}

const noSubscription = () => () => undefined;

/**
 * Reads the page's main text aloud with the Web Speech API, in the page's language, with a matching
 * voice — and says so when the device has none.
 */
export function ReadAloud() {
  const { t } = useTranslation();
  const { language } = useContent();
  // A page prepared by the server assumes speech (most browsers have it); the browser then says.
  const supported = useSyncExternalStore(noSubscription, () => 'speechSynthesis' in window, () => true);
  const [state, setState] = useState<State>('idle');
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!supported) return;
    const load = () => setVoices(window.speechSynthesis.getVoices());
    load();
    window.speechSynthesis.addEventListener('voiceschanged', load);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', load);
      window.speechSynthesis.cancel();
    };
  }, [supported]);
  useEffect(() => {
    if (supported) window.speechSynthesis.cancel();
    setState('idle');
  }, [language, supported]);
  if (!supported) return <p className="note">{t('readAloud.unsupported')}</p>;

  const tag = htmlLang(language);
  const languageName = LANGUAGES.find((l) => l.code === language)?.name ?? language;
  const play = () => {
    const main = document.querySelector('[data-read-aloud]') ?? document.getElementById('main');
    const text = (main as HTMLElement | null)?.innerText ?? '';
    const voice = pickVoice(voices, tag);
    setMessage(voice ? t('readAloud.voice', { voice: voice.name }) : t('readAloud.noVoice', { language: languageName }));
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = tag;
    if (voice) utterance.voice = voice;
    utterance.onend = () => setState('idle');
    utterance.onerror = () => setState('idle');
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    setState('speaking');
  };
  return (
    <div className="read-aloud" data-testid="read-aloud" data-state={state}>
      {state === 'idle' && <button type="button" className="button--secondary" onClick={play}>🔊 {t('readAloud.play')}</button>}
      {state === 'speaking' && (
        <button type="button" className="button--secondary" onClick={() => { window.speechSynthesis.pause(); setState('paused'); }}>⏸ {t('readAloud.pause')}</button>
      )}
      {state === 'paused' && (
        <button type="button" className="button--secondary" onClick={() => { window.speechSynthesis.resume(); setState('speaking'); }}>▶ {t('readAloud.resume')}</button>
      )}
      {state !== 'idle' && (
        <button type="button" className="button--secondary" onClick={() => { window.speechSynthesis.cancel(); setState('idle'); }}>⏹ {t('readAloud.stop')}</button>
      )}
      <span className="note" role="status">{message}</span>
    </div>
  );
}
