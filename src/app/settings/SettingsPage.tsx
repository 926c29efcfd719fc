import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database.ts';
import { readSettings, saveSettings, type Settings } from './settings-store.ts';
import { PageTitle } from '../layout/PageTitle.tsx';

const THEMES: Settings['theme'][] = ['system', 'light', 'dark', 'contrast'];

/** Text size, colours, motion, and what this device stores. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(readSettings);
  const [usage, setUsage] = useState<number | null>(null);
  const [cleared, setCleared] = useState(false);
  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    saveSettings(next);
  };
  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => setUsage(e.usage ?? null));
  }, [cleared]);
  const clear = async () => {
    if (!window.confirm(t('settings.clearConfirm'))) return;
    await db.delete();
    setCleared(true);
  };
  const size = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return (
    <>
      <PageTitle parts={[t('settings.title')]} />
      <h1>{t('settings.title')}</h1>
      <div className="field">
        <label htmlFor="text-size">{t('settings.textSize')}</label>
        <input id="text-size" type="range" min={100} max={200} step={25} value={settings.textSize} onChange={(e) => update({ textSize: Number(e.target.value) })} aria-valuetext={t('settings.textSizeValue', { percent: settings.textSize })} />
        <output htmlFor="text-size">{t('settings.textSizeValue', { percent: settings.textSize })}</output>
      </div>
      <fieldset className="field">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => update({ theme })} />
            {t(`settings.themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={settings.reducedMotion} onChange={(e) => update({ reducedMotion: e.target.checked })} />
          {t('settings.motion')}
        </label>
      </div>
      <section aria-labelledby="storage">
        <h2 id="storage">{t('settings.storage')}</h2>
        <p>{usage === null ? t('settings.storageUnknown') : t('settings.storageUsed', { used: size.format(usage / 1e6) })}</p>
        <button type="button" onClick={() => void clear()}>{t('settings.clear')}</button>
        {cleared && <p role="status">{t('settings.cleared')}</p>}
      </section>
    </>
  );
}
