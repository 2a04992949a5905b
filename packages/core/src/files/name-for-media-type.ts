import { cleanFileName } from './clean-file-name.js';
import { EXTENSION_MEDIA_TYPES } from './extension-media-types.js';

/** The extension a file of each kind is stored under: the first one listed for it. */
const PREFERRED_EXTENSIONS: ReadonlyMap<string, string> = (() => {
  const preferred = new Map<string, string>();
  for (const [extension, [first]] of EXTENSION_MEDIA_TYPES)
    if (first !== undefined && !preferred.has(first)) preferred.set(first, extension);
  return preferred;
})();
/** The last extension of a name, as `cleanFileName` keeps it. */
const EXTENSION = /\.[^.\s]{1,15}$/;

/**
 * A cleaned file name whose extension says the kind the content has, so that the file
 * opens in the right program once downloaded: a PNG named `permis.pdf` is stored as
 * `permis.png`. An extension that already fits the kind (`photo.JPEG` for a JPEG) is kept;
 * one that names another known kind is replaced; any other is kept and the right one
 * appended (`rapport.v2` → `rapport.v2.pdf`). Kinds without an extension of their own leave
 * the name as it is.
 *
 * @example
 * nameForMediaType('permis.pdf', 'image/png'); // 'permis.png'
 */
export function nameForMediaType(name: string, mediaType: string): string {
  const cleaned = cleanFileName(name);
  const wanted = PREFERRED_EXTENSIONS.get(mediaType);
  if (wanted === undefined) return cleaned;
  const current = EXTENSION.exec(cleaned)?.[0] ?? '';
  const currentTypes = EXTENSION_MEDIA_TYPES.get(current.toLowerCase());
  if (currentTypes?.includes(mediaType)) return cleaned;
  const stem = currentTypes === undefined ? cleaned : cleaned.slice(0, cleaned.length - current.length);
  // Cleaning again keeps the new extension when the name must be shortened.
  return cleanFileName(`${stem === '' ? 'document' : stem}${wanted}`);
}
