import { toLocale, type Locale } from '@dossier/core';

/** The toolbar's locale global as a Dossier locale; anything unknown is French, the default. */
export function toStoryLocale(value: unknown): Locale {
  return toLocale(typeof value === 'string' ? value : undefined);
}
