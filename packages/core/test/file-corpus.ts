/*
 * What validation must say about each file of the corpus in fixtures/files/, made by
 * scripts/make-file-corpus.sh from real producers. Written by hand from what the producers
 * made, not from what the code answers: a change to sniffing that breaks a real producer
 * fails here.
 */
const T = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  avif: 'image/avif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
  rtf: 'application/rtf',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  html: 'text/html',
  compound: 'application/x-ole-storage',
} as const;

/** One file of the corpus and what validation (on a piece that accepts any kind) must say. */
export interface CorpusCase {
  readonly file: string;
  /** The kind the content has (`null`: none Dossier recognises). */
  readonly mediaType: string | null;
  /** Stored, or refused with this code. */
  readonly outcome: 'accepted' | 'file-type-not-accepted' | 'file-damaged';
  /** Needs a password to open (accepted files only). */
  readonly passwordProtected?: boolean;
  /** The name it is stored under (accepted files only); the fixture's own name when absent. */
  readonly storedName?: string;
  /** A piece of the French refusal message. */
  readonly message?: string;
}

const ok = (file: string, mediaType: string, extra: Partial<CorpusCase> = {}): CorpusCase => ({
  file,
  mediaType,
  outcome: 'accepted',
  ...extra,
});
const damaged = (file: string, mediaType: string, message: string): CorpusCase => ({ file, mediaType, outcome: 'file-damaged', message });
const refused = (file: string, mediaType: string | null, message: string): CorpusCase => ({
  file,
  mediaType,
  outcome: 'file-type-not-accepted',
  message,
});

export const FILE_CORPUS: readonly CorpusCase[] = [
  // PDF from LibreOffice 7.4, Ghostscript 10, qpdf 11, ExifTool, img2pdf, tiff2pdf.
  ok('libreoffice-writer.pdf', T.pdf),
  ok('libreoffice-pdfa-2b.pdf', T.pdf),
  ok('ghostscript-pdfwrite.pdf', T.pdf),
  ok('qpdf-linearized.pdf', T.pdf),
  ok('qpdf-object-streams.pdf', T.pdf),
  ok('exiftool-incremental-update.pdf', T.pdf),
  ok('img2pdf-scan.pdf', T.pdf),
  ok('tiff2pdf-g4.pdf', T.pdf),
  ok('qpdf-password-aes256.pdf', T.pdf, { passwordProtected: true }),
  ok('qpdf-password-rc4-128.pdf', T.pdf, { passwordProtected: true }),
  // Permissions only (no user password): every reader opens them without asking.
  ok('qpdf-permissions-only-aes256.pdf', T.pdf, { passwordProtected: false }),
  ok('qpdf-permissions-only-rc4-128.pdf', T.pdf, { passwordProtected: false }),
  // Wrapped PDFs every reader opens: the header is looked for in the first 1,024 bytes.
  ok('print-job-pjl-header.pdf', T.pdf),
  ok('utf8-bom-before-header.pdf', T.pdf),
  damaged('damaged-cut-after-10k.pdf', T.pdf, 'semble incomplet ou endommagé (document PDF : sa fin manque'),
  damaged('html-behind-pdf-header.pdf', T.pdf, 'semble incomplet ou endommagé (document PDF : rien de lisible après son en-tête)'),

  // Images from ImageMagick 6.9, ExifTool, libtiff, cwebp, heif-enc, avifenc.
  ok('imagemagick.png', T.png),
  ok('png-renamed.pdf', T.png, { storedName: 'png-renamed.png' }),
  ok('imagemagick.jpg', T.jpeg),
  ok('imagemagick-progressive.jpg', T.jpeg),
  ok('imagemagick-cmyk.jpg', T.jpeg),
  ok('exiftool-exif-first.jpg', T.jpeg),
  ok('imagemagick.gif', T.gif),
  ok('imagemagick-lzw.tif', T.tiff),
  ok('imagemagick-big-endian.tif', T.tiff),
  ok('libtiff-bigtiff.tif', T.tiff),
  ok('cwebp-lossy.webp', T.webp),
  ok('cwebp-lossless.webp', T.webp),
  ok('heif-enc.heic', T.heic),
  ok('avifenc.avif', T.avif),
  damaged('damaged-cut-after-4k.jpg', T.jpeg, '(image JPEG : sa fin manque'),
  damaged('damaged-cut-after-8k.png', T.png, '(image PNG : sa fin manque'),

  // Office documents from LibreOffice 7.4, re-streamed by Java, and Outlook items from oxmsg.
  ok('libreoffice-writer.docx', T.docx),
  ok('libreoffice-calc.xlsx', T.xlsx),
  ok('libreoffice-impress.pptx', T.pptx),
  ok('java-restreamed.docx', T.docx),
  ok('libreoffice-writer.odt', T.odt),
  ok('libreoffice-calc.ods', T.ods),
  ok('libreoffice-impress.odp', T.odp),
  ok('libreoffice-writer.doc', T.doc),
  ok('libreoffice-calc.xls', T.xls),
  ok('libreoffice-impress.ppt', T.ppt),
  ok('oxmsg-outlook.msg', T.msg),
  ok('libreoffice-writer.rtf', T.rtf),
  ok('libreoffice-password.docx', T.docx, { passwordProtected: true }),
  ok('libreoffice-password.xlsx', T.xlsx, { passwordProtected: true }),
  ok('libreoffice-password.odt', T.odt, { passwordProtected: true }),
  ok('libreoffice-password.doc', T.doc, { passwordProtected: true }),
  ok('libreoffice-password.xls', T.xls, { passwordProtected: true }),
  damaged('damaged-cut-in-half.docx', T.docx, '(document Word : sa fin manque'),
  damaged('damaged-cut-short.xls', T.compound, '(fichier Office 97-2003 : sa fin manque'),

  // Archives from Info-ZIP and Java's ZipOutputStream.
  ok('info-zip.zip', T.zip),
  ok('info-zip-password.zip', T.zip, { passwordProtected: true }),
  ok('java-zipoutputstream.zip', T.zip),
  // A Word part without [Content_Types].xml is no Word document: an archive, stored as such.
  ok('zip-word-part-only.docx', T.zip, { storedName: 'zip-word-part-only.zip' }),

  // Text: accepted by extension once the bytes prove to be text; HTML never.
  ok('notes-utf8.txt', T.txt),
  ok('notes-windows-1252.txt', T.txt),
  ok('libreoffice-calc.csv', T.csv),
  refused('binary-named.txt', null, '(type non reconnu)'),
  refused('libreoffice-writer.html', T.html, '(détecté : page web (HTML))'),
];
