/** The CRM's colour scheme. */
export type Theme = 'light' | 'dark';

const KEY = 'courtage-martin:theme';

/** The theme chosen last time, light by default. */
export function savedTheme(): Theme {
  return localStorage.getItem(KEY) === 'dark' ? 'dark' : 'light';
}

/**
 * Applies a theme: `data-theme` on the root element, which the stylesheet maps
 * to the CRM's colours and to the `--dossier-*` custom properties the Dossier
 * elements read — the way a host themes them.
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme;
  localStorage.setItem(KEY, theme);
}
