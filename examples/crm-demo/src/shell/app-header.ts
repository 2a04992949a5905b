import type { Locale } from '@dossier/core';
import type { AppMessages } from '../i18n/app-messages.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icon.js';
import { ROUTES } from '../app/route.js';
import type { DemoStorageKind } from '../storage/demo-storage-kind.js';
import type { Theme } from '../theme/theme.js';

/** What the header shows and what its controls do. */
export interface AppHeaderOptions {
  readonly t: AppMessages;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly storageKind: DemoStorageKind;
  /** The page on each of the other storages. */
  readonly otherStorages: readonly { readonly kind: DemoStorageKind; readonly url: string }[];
  readonly onLocale: (locale: Locale) => void;
  readonly onTheme: (theme: Theme) => void;
  readonly onReset: () => void;
  /** Server mode only: "Avancer l'horloge de 7 jours" (runs the server's reminder scheduler). */
  readonly onAdvanceClock?: () => void;
}

/** The top bar: brand, storage in use, language, dark mode and demo reset. */
export function renderAppHeader(options: AppHeaderOptions): HTMLElement {
  const { t } = options;
  const labels: Readonly<Record<DemoStorageKind, string>> = { dexie: t.storageDexie, rest: t.storageRest, server: t.storageServer };
  const storageLabel = labels[options.storageKind];
  const localeButton = (locale: Locale, text: string, name: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'segment',
        lang: locale,
        'aria-pressed': String(options.locale === locale),
        'data-testid': `locale-${locale}`,
        onclick: () => options.onLocale(locale),
      },
      text,
      h('span', { class: 'visually-hidden' }, ` ${name}`),
    );
  const dark = options.theme === 'dark';
  return h(
    'header',
    { class: 'topbar' },
    h(
      'a',
      { class: 'brand', href: ROUTES.sales },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'M&A'),
      h(
        'span',
        { class: 'brand-text' },
        h('span', { class: 'brand-name' }, t.brand),
        h('span', { class: 'brand-tagline' }, t.brandTagline),
      ),
    ),
    h(
      'div',
      { class: 'topbar-tools' },
      h(
        'span',
        { class: `storage-badge storage-${options.storageKind}`, 'data-testid': 'storage-badge', 'data-storage': options.storageKind },
        icon('database'),
        t.storageBadge(storageLabel),
      ),
      ...options.otherStorages.map(({ kind, url }) =>
        h('a', { class: 'storage-switch', href: url, 'data-testid': `storage-switch-${kind}` }, t.storageSwitch(labels[kind])),
      ),
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': t.language },
        localeButton('fr', 'FR', 'Français'),
        localeButton('en', 'EN', 'English'),
        localeButton('de', 'DE', 'Deutsch'),
        localeButton('es', 'ES', 'Español'),
        localeButton('it', 'IT', 'Italiano'),
        localeButton('nl', 'NL', 'Nederlands'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button topbar-button',
          'aria-pressed': String(dark),
          'aria-label': t.darkMode,
          title: t.darkMode,
          'data-testid': 'theme-toggle',
          onclick: () => options.onTheme(dark ? 'light' : 'dark'),
        },
        icon(dark ? 'sun' : 'moon'),
      ),
      options.onAdvanceClock
        ? h(
            'button',
            { type: 'button', class: 'button button-ghost topbar-button', 'data-testid': 'advance-clock', onclick: options.onAdvanceClock },
            t.advanceClock,
          )
        : null,
      h(
        'button',
        { type: 'button', class: 'button button-ghost topbar-button', 'data-testid': 'reset-demo', onclick: options.onReset },
        icon('reset'),
        t.resetDemo,
      ),
    ),
  );
}
