import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateWaiting } from './service-worker-bridge.ts';

/** 「新しいバージョンがあります — 更新」: shown when a new build waits; the user decides when. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateWaiting(setWaiting), []);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('update.available')}</span>
      <button type="button" onClick={applyUpdate}>{t('update.reload')}</button>
      <button type="button" className="button--secondary" onClick={() => setDismissed(true)}>{t('update.later')}</button>
    </div>
  );
}
