import { DossierError } from '../errors/dossier-error.js';

/*
 * Tiny but real files of every kind Dossier recognises, for tests, stories and demos.
 * Images are decodable (an <img> shows the PNG, JPEG, GIF and WebP), the PDF renders,
 * the Office and OpenDocument samples are complete packages. No test-framework import
 * here: this module ships in `@dossier/core/testing`.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 1×1 blue pixel, as Chromium encodes it. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4AWIyTjvzHwAAAP//itzFywAAAAZJREFUAwAEpAJnBpGf/AAAAABJRU5ErkJggg==';
/** 1×1 blue pixel, baseline JPEG without colour profile. */
const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIADg9//2Q==';
/** 1×1 transparent GIF89a. */
const GIF_BASE64 = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
/** 1×1 blue pixel, lossless WebP (a single VP8L chunk). */
const WEBP_BASE64 = 'UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAdQs86Uuf+BiOh/AAA=';

/** Kinds of sample files `sampleFile` builds. */
export type SampleFileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'tiff' | 'docx' | 'xlsx' | 'odt' | 'ods' | 'zip';

/** An entry of a sample ZIP archive: its name and its content (text is encoded as UTF-8). */
export type SampleZipEntry = readonly [name: string, content: string | Uint8Array];

/** How `sampleZip` writes its archive. */
export interface SampleZipOptions {
  /**
   * Put sizes and CRC in a data descriptor after each entry's data, leaving them zero
   * in the local headers, as streaming writers (Java's ZipOutputStream, Apache POI) do.
   */
  dataDescriptors?: boolean;
}

/**
 * A one-page PDF that browsers render. `extraBytes` pads it (in a comment) so its size
 * is exactly `samplePdf().size + extraBytes`; a `seed` is written in a comment, so
 * different seeds give different digests.
 *
 * @example
 * samplePdf(); samplePdf(1024); samplePdf('contract-42'); samplePdf('contract-42', 1024);
 */
export function samplePdf(extraBytes?: number): Blob;
export function samplePdf(seed: string, extraBytes?: number): Blob;
export function samplePdf(seedOrExtraBytes?: string | number, extraBytes = 0): Blob {
  const seed = typeof seedOrExtraBytes === 'string' ? seedOrExtraBytes : undefined;
  const padding = typeof seedOrExtraBytes === 'number' ? seedOrExtraBytes : extraBytes;
  if (!Number.isSafeInteger(padding) || padding < 0) {
    throw new DossierError('invalid-input', { field: 'extraBytes', reason: 'not a non-negative integer' });
  }
  const encoder = new TextEncoder();
  const content = 'BT /F1 24 Tf 36 60 Td (Dossier) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 144] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let length = 0;
  const write = (text: string): void => {
    const bytes = encoder.encode(text);
    chunks.push(bytes);
    length += bytes.length;
  };
  // The second line's high bytes tell transfer tools the file is binary, as the PDF specification advises.
  write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  // A line break in the seed would end the comment and corrupt the file.
  if (seed !== undefined) write(`% seed: ${seed.replace(/[\r\n]/g, ' ')}\n`);
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    write(`${index + 1} 0 obj\n${object}\nendobj\n`);
  });
  const xref = length;
  write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) write(`${String(offset).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`);
  // Padding goes after the cross-reference table, so no offset moves, and before startxref, which readers look for at the end.
  if (padding > 0) {
    const comment = new Uint8Array(padding).fill(0x30);
    comment[0] = padding === 1 ? 0x0a : 0x25;
    comment[padding - 1] = 0x0a;
    chunks.push(comment);
  }
  write(`startxref\n${xref}\n%%EOF\n`);
  return new Blob(chunks, { type: 'application/pdf' });
}

/** A 1×1 PNG an <img> can display. */
export function samplePng(): Blob {
  return new Blob([fromBase64(PNG_BASE64)], { type: 'image/png' });
}

/** A 1×1 JPEG an <img> can display. */
export function sampleJpeg(): Blob {
  return new Blob([fromBase64(JPEG_BASE64)], { type: 'image/jpeg' });
}

/** A 1×1 GIF an <img> can display. */
export function sampleGif(): Blob {
  return new Blob([fromBase64(GIF_BASE64)], { type: 'image/gif' });
}

/** A 1×1 lossless WebP an <img> can display. */
export function sampleWebp(): Blob {
  return new Blob([fromBase64(WEBP_BASE64)], { type: 'image/webp' });
}

/**
 * The start of a HEIC photo as iPhones write it: an `ftyp` box with major brand `heic`
 * and compatible brands `mif1`, `heic`, then an empty `meta` box. Enough to be
 * recognised; it holds no image (that needs an HEVC encoder).
 */
export function sampleHeic(): Blob {
  const bytes = new Uint8Array(24 + 12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 24);
  bytes.set(asciiBytes('ftypheic'), 4);
  view.setUint32(12, 0);
  bytes.set(asciiBytes('mif1heic'), 16);
  view.setUint32(24, 12);
  bytes.set(asciiBytes('meta'), 28);
  return new Blob([bytes], { type: 'image/heic' });
}

/** A 1×1 grey, uncompressed, little-endian baseline TIFF. */
export function sampleTiff(): Blob {
  const entries: readonly (readonly [tag: number, type: number, value: number])[] = [
    [256, 3, 1], // ImageWidth
    [257, 3, 1], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // Compression: none
    [262, 3, 1], // PhotometricInterpretation: black is zero
    [273, 4, 0], // StripOffsets, set below
    [277, 3, 1], // SamplesPerPixel
    [278, 3, 1], // RowsPerStrip
    [279, 4, 1], // StripByteCounts
    [282, 5, 0], // XResolution, offset set below
    [283, 5, 0], // YResolution, offset set below
    [296, 3, 2], // ResolutionUnit: inch
  ];
  const ifdLength = 2 + entries.length * 12 + 4;
  const xResolution = 8 + ifdLength;
  const yResolution = xResolution + 8;
  const pixel = yResolution + 8;
  const bytes = new Uint8Array(pixel + 1);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, 8, true);
  view.setUint16(8, entries.length, true);
  entries.forEach(([tag, type, value], index) => {
    const at = 10 + index * 12;
    const resolved = tag === 273 ? pixel : tag === 282 ? xResolution : tag === 283 ? yResolution : value;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, 1, true);
    if (type === 3) view.setUint16(at + 8, resolved, true);
    else view.setUint32(at + 8, resolved, true);
  });
  for (const at of [xResolution, yResolution]) {
    view.setUint32(at, 72, true);
    view.setUint32(at + 4, 1, true);
  }
  bytes[pixel] = 0x80;
  return new Blob([bytes], { type: 'image/tiff' });
}

/**
 * A ZIP archive of stored (uncompressed) entries, with local headers, central
 * directory and end record. By default two text files, neither Office nor OpenDocument.
 */
export function sampleZip(
  entries: readonly SampleZipEntry[] = [
    ['notes.txt', 'Pièces du dossier\n'],
    ['scans/readme.txt', 'Rien à signaler\n'],
  ],
  options: SampleZipOptions = {},
): Blob {
  return new Blob([zipBytes(entries, options.dataDescriptors === true)], { type: 'application/zip' });
}

/** A minimal Word document (`[Content_Types].xml`, `_rels/.rels`, `word/document.xml`) that Word opens. */
export function sampleDocx(options: SampleZipOptions = {}): Blob {
  const entries: SampleZipEntry[] = [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ],
    ['_rels/.rels', relationships('rId1', 'officeDocument', 'word/document.xml')],
    [
      'word/document.xml',
      `${XML_DECLARATION}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Dossier</w:t></w:r></w:p></w:body></w:document>`,
    ],
  ];
  return new Blob([zipBytes(entries, options.dataDescriptors === true)], { type: DOCX });
}

/** A minimal Excel workbook with one empty sheet that Excel opens. */
export function sampleXlsx(options: SampleZipOptions = {}): Blob {
  const entries: SampleZipEntry[] = [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ],
    ['_rels/.rels', relationships('rId1', 'officeDocument', 'xl/workbook.xml')],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', relationships('rId1', 'worksheet', 'worksheets/sheet1.xml')],
    [
      'xl/worksheets/sheet1.xml',
      `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
    ],
  ];
  return new Blob([zipBytes(entries, options.dataDescriptors === true)], { type: XLSX });
}

/** A minimal OpenDocument text (`mimetype` first and stored, manifest, content). */
export function sampleOdt(): Blob {
  return new Blob([openDocument(ODT, '<office:text><text:p>Dossier</text:p></office:text>')], { type: ODT });
}

/** A minimal OpenDocument spreadsheet with one one-cell sheet. */
export function sampleOds(): Blob {
  return new Blob(
    [
      openDocument(
        ODS,
        '<office:spreadsheet><table:table table:name="Feuille1"><table:table-row><table:table-cell/></table:table-row></table:table></office:spreadsheet>',
      ),
    ],
    { type: ODS },
  );
}

/**
 * A sample of `kind` as a File named `name`. Its declared type is the true one unless
 * `options.type` says otherwise (to test that declared types are not trusted).
 * Fails with `invalid-input` where `File` does not exist.
 *
 * @example
 * sampleFile('png', 'photo.pdf', { type: 'application/pdf' }); // a PNG posing as a PDF
 */
export function sampleFile(kind: SampleFileKind, name: string, options: { type?: string } = {}): File {
  if (typeof File === 'undefined') {
    throw new DossierError('invalid-input', { field: 'File', reason: 'File is not available in this environment' });
  }
  const blob = SAMPLE_BUILDERS[kind]();
  return new File([blob], name, { type: options.type ?? blob.type });
}

const SAMPLE_BUILDERS: Readonly<Record<SampleFileKind, () => Blob>> = {
  pdf: () => samplePdf(),
  png: samplePng,
  jpeg: sampleJpeg,
  gif: sampleGif,
  webp: sampleWebp,
  heic: sampleHeic,
  tiff: sampleTiff,
  docx: () => sampleDocx(),
  xlsx: () => sampleXlsx(),
  odt: sampleOdt,
  ods: sampleOds,
  zip: () => sampleZip(),
};

function relationships(id: string, type: string, target: string): string {
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
}

function openDocument(mediaType: string, body: string): Uint8Array<ArrayBuffer> {
  const namespaces =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
  return zipBytes(
    [
      // The specification wants it first, stored, so that its content sits at a fixed place.
      ['mimetype', mediaType],
      [
        'META-INF/manifest.xml',
        `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mediaType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
      ],
      [
        'content.xml',
        `${XML_DECLARATION}<office:document-content ${namespaces} office:version="1.2"><office:body>${body}</office:body></office:document-content>`,
      ],
    ],
    false,
  );
}

/** A ZIP archive of stored entries (method 0), UTF-8 names, dated 1980-01-01. */
function zipBytes(entries: readonly SampleZipEntry[], dataDescriptors: boolean): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const UTF8_NAMES = 0x0800;
  const DATA_DESCRIPTOR = 0x0008;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = encoder.encode(name);
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    const crc = crc32(data);
    const flags = UTF8_NAMES | (dataDescriptors ? DATA_DESCRIPTOR : 0);
    const local = new Uint8Array(30 + nameBytes.length + data.length + (dataDescriptors ? 16 : 0));
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, 0, true);
    lv.setUint16(12, DOS_DATE, true);
    if (!dataDescriptors) {
      lv.setUint32(14, crc, true);
      lv.setUint32(18, data.length, true);
      lv.setUint32(22, data.length, true);
    }
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    if (dataDescriptors) {
      const at = 30 + nameBytes.length + data.length;
      lv.setUint32(at, 0x08074b50, true);
      lv.setUint32(at + 4, crc, true);
      lv.setUint32(at + 8, data.length, true);
      lv.setUint32(at + 12, data.length, true);
    }
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralLength = centrals.reduce((sum, central) => sum + central.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralLength, true);
  ev.setUint32(16, offset, true);
  const bytes = new Uint8Array(offset + centralLength + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

function asciiBytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}
