/**
 * The media types Dossier recognises by content, by name, so that sniffers, checks,
 * labels and extensions agree on one spelling.
 */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  heif: 'image/heif',
  avif: 'image/avif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
  rtf: 'application/rtf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  /**
   * An OLE2 compound file whose kind is not told yet: what `sniffMediaType` returns from
   * the signature alone. `inspectFile` reads its directory and says `.doc`, `.xls`, `.ppt`
   * or `.msg`, or nothing (installers and other compound files are not documents).
   */
  compoundFile: 'application/x-ole-storage',
} as const;
