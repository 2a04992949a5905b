import type { Locale } from './locale.js';

/** A text in every locale, so an error can be shown in another locale than the one it was raised in. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The text for `locale`, whether `text` is plain or localized. */
export function pickText(text: string | LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
