import { MEDIA_TYPES } from './media-types.js';

/**
 * Plain-text kinds, by the extension that names them. Text has no signature: content
 * proves a file is text, only the name says which kind of text.
 */
export const TEXT_MEDIA_TYPES: ReadonlyMap<string, string> = new Map([
  ['.txt', MEDIA_TYPES.txt],
  ['.csv', MEDIA_TYPES.csv],
]);
