import type { Locale } from './locale.js';

/**
 * A text someone else than Dossier gives in several locales: a host's label for a profile
 * attribute, a reason a server sent. Dossier's own texts are never written this way: they live in
 * one translation per language ({@link CoreTranslation}), where a missing text does not compile.
 */
export type LocalizedText = Readonly<Partial<Record<Locale, string>>>;

/**
 * The text for `locale`: plain text as it is; a localized text in `locale`, else in its language
 * (`de-CH` → `de`), else in French, the default, else in English, else in any locale it has.
 */
export function pickText(text: string | LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  // Read as a plain record: a server may send tags this build does not declare.
  const texts: Readonly<Record<string, unknown>> = text;
  const language = locale.split('-', 1)[0]!;
  const found = [locale, language, 'fr', 'en']
    .map((key) => (Object.hasOwn(texts, key) ? texts[key] : undefined))
    .find((value) => typeof value === 'string');
  return (found ?? Object.values(texts).find((value) => typeof value === 'string') ?? '') as string;
}
