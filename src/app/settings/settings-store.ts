/**
 * Display settings: kept in localStorage and applied as attributes on <html> — first by a small script
 * in index.html's head, before the first paint, so a page never flashes at the wrong size or colour
 * (keep the two in step).
 */
export interface Settings {
  textSize: number; // percent, 100–200
  theme: 'system' | 'light' | 'dark' | 'contrast';
  reducedMotion: boolean;
}

const KEY = 'machiplan:settings';
export const DEFAULT_SETTINGS: Settings = { textSize: 100, theme: 'system', reducedMotion: false };

export function readSettings(): Settings {
  try {
    return { ...DEFAULT_SETTINGS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function applySettings(s: Settings) {
  const root = document.documentElement;
  root.style.fontSize = `${s.textSize}%`;
  root.dataset.theme = s.theme;
  root.dataset.reducedMotion = String(s.reducedMotion);
}

export function saveSettings(s: Settings) {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // storage unavailable: the setting still applies for this visit
  }
  applySettings(s);
}
