import { MEDIA_TYPES as T } from './media-types.js';

/**
 * Media types an `accept` entry written as a file extension stands for (lower case,
 * with its dot); the first is the one that extension names best, and a file of that kind
 * is stored under the first extension listed for it. Only kinds `inspectFile` recognises
 * are listed: an extension whose content cannot be checked could never match. A Map rather
 * than an object so that entries such as `.constructor` find nothing.
 */
export const EXTENSION_MEDIA_TYPES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['.pdf', [T.pdf]],
  ['.png', [T.png]],
  ['.jpg', [T.jpeg]],
  ['.jpeg', [T.jpeg]],
  ['.jpe', [T.jpeg]],
  ['.jfif', [T.jpeg]],
  ['.gif', [T.gif]],
  ['.webp', [T.webp]],
  ['.tif', [T.tiff]],
  ['.tiff', [T.tiff]],
  ['.heic', [T.heic]],
  // HEIC is the HEVC flavour of HEIF: whoever accepts HEIF files accepts those too.
  ['.heif', [T.heif, T.heic]],
  ['.avif', [T.avif]],
  ['.docx', [T.docx]],
  ['.xlsx', [T.xlsx]],
  ['.pptx', [T.pptx]],
  ['.odt', [T.odt]],
  ['.ods', [T.ods]],
  ['.odp', [T.odp]],
  ['.doc', [T.doc]],
  ['.xls', [T.xls]],
  ['.ppt', [T.ppt]],
  ['.msg', [T.msg]],
  ['.rtf', [T.rtf]],
  ['.txt', [T.txt]],
  ['.csv', [T.csv]],
  ['.zip', [T.zip]],
]);
