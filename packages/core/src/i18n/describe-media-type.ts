import { EXTENSION_MEDIA_TYPES } from '../files/extension-media-types.js';
import { coreTranslationOf } from './core-locale-registry.js';
import type { Locale } from './locale.js';

/**
 * A kind of file in words a broker knows ("image PNG", "document Word"), from its media
 * type; the media type itself for kinds without a name.
 *
 * @example
 * describeMediaType('image/png'); // 'image PNG'
 * describeMediaType('application/vnd.ms-excel', 'en'); // 'Excel 97-2003 workbook'
 */
export function describeMediaType(mediaType: string, locale: Locale = 'fr'): string {
  const essence = mediaType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  const { types } = coreTranslationOf(locale).mediaTypes;
  // Own keys only: "constructor" is not a kind of file.
  return Object.hasOwn(types, essence) ? (types[essence] ?? mediaType) : mediaType;
}

/**
 * An entry of an `accept` list in words: `image/*` → "images", `.pdf` → "document PDF",
 * `*\/*` → "tous les types"; the entry itself when it names nothing known.
 */
function describeAcceptEntry(entry: string, locale: Locale = 'fr'): string {
  const labels = coreTranslationOf(locale).mediaTypes;
  const wanted = entry.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (wanted === '*/*') return labels.anything;
  if (wanted.endsWith('/*')) {
    const family = wanted.slice(0, -2);
    return Object.hasOwn(labels.families, family) ? (labels.families[family] ?? entry) : entry;
  }
  if (wanted.startsWith('.')) {
    const [first] = EXTENSION_MEDIA_TYPES.get(wanted) ?? [];
    return first === undefined ? entry : describeMediaType(first, locale);
  }
  return describeMediaType(entry, locale);
}

/** An `accept` list in words, each kind once, in order: "document PDF, images". */
export function describeAcceptList(accept: readonly string[], locale: Locale = 'fr'): string {
  return [...new Set(accept.map((entry) => describeAcceptEntry(entry, locale)))].join(', ');
}
