import { expect } from 'chai';
import fc from 'fast-check';
import { DossierError, isDossierError } from '../src/errors/dossier-error.js';
import type { DossierErrorCode } from '../src/errors/dossier-error-code.js';
import { cleanFileName } from '../src/files/clean-file-name.js';
import { DEFAULT_MAX_BYTES } from '../src/files/default-max-bytes.js';
import { mediaTypeMatches } from '../src/files/media-type-matches.js';
import { sha256Hex } from '../src/files/sha256-hex.js';
import { sniffMediaType } from '../src/files/sniff-media-type.js';
import { validateFile, type FileRules } from '../src/files/validate-file.js';
import {
  sampleDocx,
  sampleFile,
  sampleGif,
  sampleHeic,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleTiff,
  sampleWebp,
  sampleXlsx,
  sampleZip,
} from '../src/testing/sample-files.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>.pdf';
const ANY: FileRules = { accept: [], maxBytes: DEFAULT_MAX_BYTES };

async function bytesOf(blob: Blob, end?: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, end).arrayBuffer());
}

function bytes(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)));
}

/** An ISO BMFF `ftyp` box with these brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + compatible.length * 4;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible);
}

/** The DossierError `run` rejects with; fails the test when it resolves or throws something else. */
async function rejectionOf(run: () => Promise<unknown>, code: DossierErrorCode): Promise<DossierError> {
  try {
    await run();
  } catch (error) {
    expect(isDossierError(error, code), `expected ${code}, got ${String(error)}`).to.equal(true);
    return error as DossierError;
  }
  expect.fail(`expected a ${code} rejection`);
}

/** A file from a blob, as a File where the platform has one (the way browsers hand them over). */
function named(blob: Blob, name: string, type = blob.type): { blob: Blob; name: string } {
  return { blob: typeof File === 'undefined' ? new Blob([blob], { type }) : new File([blob], name, { type }), name };
}

describe('files', () => {
  describe('sniffMediaType', () => {
    const samples: readonly (readonly [string, () => Blob, string])[] = [
      ['PDF', () => samplePdf(), 'application/pdf'],
      ['PNG', samplePng, 'image/png'],
      ['JPEG', sampleJpeg, 'image/jpeg'],
      ['GIF', sampleGif, 'image/gif'],
      ['WebP', sampleWebp, 'image/webp'],
      ['HEIC', sampleHeic, 'image/heic'],
      ['TIFF', sampleTiff, 'image/tiff'],
      ['docx', () => sampleDocx(), DOCX],
      ['docx with data descriptors', () => sampleDocx({ dataDescriptors: true }), DOCX],
      ['xlsx', () => sampleXlsx(), XLSX],
      ['xlsx with data descriptors', () => sampleXlsx({ dataDescriptors: true }), XLSX],
      ['odt', sampleOdt, ODT],
      ['ods', sampleOds, ODS],
      ['plain ZIP', () => sampleZip(), 'application/zip'],
    ];
    for (const [label, build, expected] of samples) {
      it(`recognises ${label} from its content`, async () => {
        expect(sniffMediaType(await bytesOf(build()))).to.equal(expected);
      });
    }

    it('recognises big-endian TIFF and a pptx', async () => {
      expect(sniffMediaType(bytes('MM', [0, 42, 0, 0, 0, 8]))).to.equal('image/tiff');
      const pptx = sampleZip([
        ['[Content_Types].xml', '<Types/>'],
        ['ppt/presentation.xml', '<p:presentation/>'],
      ]);
      expect(sniffMediaType(await bytesOf(pptx))).to.equal(PPTX);
    });

    it('tells HEIC, HEIF and AVIF apart by major and compatible brands', () => {
      expect(sniffMediaType(ftyp('heic', 'mif1', 'heic'))).to.equal('image/heic');
      expect(sniffMediaType(ftyp('mif1', 'heic'))).to.equal('image/heic');
      expect(sniffMediaType(ftyp('msf1', 'hevc'))).to.equal('image/heic');
      expect(sniffMediaType(ftyp('heix'))).to.equal('image/heic');
      expect(sniffMediaType(ftyp('mif1', 'miaf'))).to.equal('image/heif');
      expect(sniffMediaType(ftyp('msf1'))).to.equal('image/heif');
      expect(sniffMediaType(ftyp('avif', 'mif1', 'miaf'))).to.equal('image/avif');
      expect(sniffMediaType(ftyp('mif1', 'avif'))).to.equal('image/avif');
      expect(sniffMediaType(ftyp('isom', 'iso2', 'mp41')), 'an MP4 video').to.equal(null);
      expect(sniffMediaType(ftyp('qt  ')), 'a QuickTime movie').to.equal(null);
    });

    it('returns null for text and unknown kinds, never guessing text/plain', () => {
      for (const text of ['', 'hello', 'Nom;Prénom\nDupont;Jean\n', '<html><body>%PDF-</body></html>', '{"pdf":true}']) {
        expect(sniffMediaType(new TextEncoder().encode(text)), JSON.stringify(text)).to.equal(null);
      }
      expect(sniffMediaType(bytes('MZ', [0x90, 0, 3, 0, 0, 0])), 'a Windows executable').to.equal(null);
      expect(sniffMediaType(bytes([0x7f], 'ELF', [2, 1, 1])), 'an ELF binary').to.equal(null);
      expect(sniffMediaType(bytes('RIFF', [36, 0, 0, 0], 'WAVEfmt ')), 'a WAV file').to.equal(null);
    });

    it('finds a PDF header anywhere in the first 1,024 bytes, as readers do, and not beyond', () => {
      expect(sniffMediaType(bytes(' %PDF-1.7')), 'after a space').to.equal('application/pdf');
      expect(sniffMediaType(bytes([0xef, 0xbb, 0xbf], '%PDF-1.4')), 'after a UTF-8 byte order mark').to.equal('application/pdf');
      expect(sniffMediaType(bytes([0x1b], '%-12345X@PJL\r\n@PJL ENTER LANGUAGE=PDF\r\n%PDF-1.6')), 'after a print job header').to.equal(
        'application/pdf',
      );
      expect(sniffMediaType(bytes('x'.repeat(1019), '%PDF-1.7')), 'starting at byte 1,019').to.equal('application/pdf');
      expect(sniffMediaType(bytes('x'.repeat(1020), '%PDF-1.7')), 'starting at byte 1,020').to.equal(null);
      expect(sniffMediaType(bytes('Voir %PDF-, la norme')), 'prose naming the header, no version').to.equal(null);
      expect(sniffMediaType(bytes('<html><body>%PDF-1.7</body></html>')), 'a web page').to.equal(null);
    });

    it('returns null for truncated signatures', () => {
      expect(sniffMediaType(bytes('%PDF'))).to.equal(null);
      expect(sniffMediaType(bytes([0x89], 'PNG'))).to.equal(null);
      expect(sniffMediaType(bytes([0xff, 0xd8]))).to.equal(null);
      expect(sniffMediaType(bytes('GIF8'))).to.equal(null);
      expect(sniffMediaType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).to.equal(null);
      expect(sniffMediaType(bytes('II*'))).to.equal(null);
      expect(sniffMediaType(bytes([0, 0, 0, 24], 'ftypheic'))).to.equal(null);
      expect(sniffMediaType(bytes('PK', [3, 4], 'garbage'))).to.equal(null);
    });

    it('returns null for forged ISO BMFF and ZIP headers', () => {
      const oddSize = ftyp('heic');
      oddSize[3] = 17;
      expect(sniffMediaType(oddSize), 'ftyp size not a multiple of 4').to.equal(null);
      const zeroSize = ftyp('heic');
      zeroSize[3] = 0;
      expect(sniffMediaType(zeroSize), 'ftyp size 0').to.equal(null);
      // A local header whose name runs past the end of the bytes.
      const header = new Uint8Array(40);
      header.set(bytes('PK', [3, 4]));
      new DataView(header.buffer).setUint16(26, 500, true);
      expect(sniffMediaType(header)).to.equal(null);
    });

    it('returns null for what is not a Uint8Array', () => {
      for (const value of [null, undefined, '%PDF-1.7', [0x25, 0x50, 0x44, 0x46, 0x2d], new ArrayBuffer(8), {}]) {
        expect(sniffMediaType(value as unknown as Uint8Array)).to.equal(null);
      }
    });

    it('reads ZIP entry names from the headers, not from the bytes', async () => {
      // Content that a substring search would take for Office parts and a nested local header.
      const forgedHeader = bytes('PK', [3, 4], new Array<number>(22).fill(0), [17, 0, 0, 0], 'word/document.xml');
      const decoy = sampleZip([
        ['notes.txt', 'see word/document.xml and xl/workbook.xml'],
        ['nested.bin', forgedHeader],
        ['archive/word/document.xml', '<w:document/>'],
      ]);
      expect(sniffMediaType(await bytesOf(decoy))).to.equal('application/zip');
      const withDescriptors = sampleZip(
        [
          ['nested.bin', forgedHeader],
          ['readme.txt', 'xl/'],
        ],
        { dataDescriptors: true },
      );
      expect(sniffMediaType(await bytesOf(withDescriptors))).to.equal('application/zip');
    });

    it('tells a ZIP that is not Office or OpenDocument from one that is', async () => {
      const mimetypeNotFirst = sampleZip([
        ['readme.txt', 'x'],
        ['mimetype', ODT],
      ]);
      expect(sniffMediaType(await bytesOf(mimetypeNotFirst))).to.equal('application/zip');
      const epub = sampleZip([['mimetype', 'application/epub+zip']]);
      expect(sniffMediaType(await bytesOf(epub))).to.equal('application/zip');
      const upperCase = sampleZip([['Word/Document.xml', '<w:document/>']]);
      expect(sniffMediaType(await bytesOf(upperCase)), 'OPC part names ignore case').to.equal(DOCX);
    });

    it('walks past earlier entries, as far as the bytes it is given', async () => {
      const large = sampleZip([
        ['[Content_Types].xml', '<Types/>'],
        ['docProps/thumbnail.bin', new Uint8Array(70_000)],
        ['word/document.xml', '<w:document/>'],
      ]);
      expect(sniffMediaType(await bytesOf(large))).to.equal(DOCX);
      expect(sniffMediaType(await bytesOf(large, 65536)), 'the main part lies past the first 64 KiB').to.equal('application/zip');
    });
  });

  describe('mediaTypeMatches', () => {
    it('accepts everything when the list is empty', () => {
      expect(mediaTypeMatches('application/pdf', [])).to.equal(true);
      expect(mediaTypeMatches('image/heic', [])).to.equal(true);
    });

    it('matches media types, wildcards and extensions, ignoring case and parameters', () => {
      expect(mediaTypeMatches('application/pdf', ['application/pdf'])).to.equal(true);
      expect(mediaTypeMatches('application/pdf', [' Application/PDF '])).to.equal(true);
      expect(mediaTypeMatches('APPLICATION/PDF', ['application/pdf; q=1'])).to.equal(true);
      expect(mediaTypeMatches('image/png', ['application/pdf', 'image/*'])).to.equal(true);
      expect(mediaTypeMatches('image/png', ['IMAGE/*'])).to.equal(true);
      expect(mediaTypeMatches('application/pdf', ['image/*'])).to.equal(false);
      expect(mediaTypeMatches('application/zip', ['*/*'])).to.equal(true);
      expect(mediaTypeMatches('application/pdf', ['.pdf'])).to.equal(true);
      expect(mediaTypeMatches('application/pdf', ['.PDF'])).to.equal(true);
      expect(mediaTypeMatches('image/jpeg', ['.jpg'])).to.equal(true);
      expect(mediaTypeMatches('image/jpeg', ['.jpeg'])).to.equal(true);
      expect(mediaTypeMatches(DOCX, ['.docx'])).to.equal(true);
      expect(mediaTypeMatches(XLSX, ['.docx'])).to.equal(false);
      expect(mediaTypeMatches('image/heic', ['.heif'])).to.equal(true);
      expect(mediaTypeMatches('image/png', ['.pdf'])).to.equal(false);
    });

    it('matches nothing for unknown extensions and malformed entries', () => {
      for (const entry of [
        '.exe',
        '.constructor',
        '.__proto__',
        '.toString',
        '.',
        '',
        '*',
        'image',
        'image/',
        '/',
        'image/png/x',
        '*/png',
      ]) {
        expect(mediaTypeMatches('image/png', [entry]), entry).to.equal(false);
      }
      expect(mediaTypeMatches('image/png', [42 as unknown as string])).to.equal(false);
    });

    it('does not let a malformed media type through a wildcard', () => {
      expect(mediaTypeMatches('', ['*/*'])).to.equal(false);
      expect(mediaTypeMatches('image/', ['image/*'])).to.equal(false);
      expect(mediaTypeMatches('imagex/png', ['image/*'])).to.equal(false);
    });
  });

  describe('cleanFileName', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\Windows\\System32\\evil.dll', 'evil.dll'],
      ['C:\\fakepath\\scan.pdf', 'scan.pdf'],
      ['dossier/', 'dossier'],
      ['\u202Egnp.exe', 'gnp.exe'],
      ['facture\u202Efdp.exe', 'facturefdp.exe'],
      ['a\u2066b\u2069c\u200Ed\u200Fe\u061Cf.pdf', 'abcdef.pdf'],
      ['fi\u200Bch\u200Cie\u200Dr\uFEFF.pdf', 'fichier.pdf'],
      ['CON.pdf', 'CON_.pdf'],
      ['con', 'con_'],
      ['Nul.tar.gz', 'Nul_.tar.gz'],
      ['COM1.docx', 'COM1_.docx'],
      ['lpt9', 'lpt9_'],
      ['CON .pdf', 'CON_.pdf'],
      ['console.pdf', 'console.pdf'],
      ['COM10.pdf', 'COM10.pdf'],
      ['....', 'document'],
      ['.', 'document'],
      ['..', 'document'],
      ['', 'document'],
      ['   ', 'document'],
      ['/', 'document'],
      ['\u0000\u0001\u202E', 'document'],
      ['a\u0000b\u0007c\u001Fd\u007Fe\u0080f\u009F.pdf', 'abcdef.pdf'],
      ['ligne\nsuivante\r\n\ttab.pdf', 'ligne suivante tab.pdf'],
      [HOSTILE_NAME, 'img src=x onerror=alert(1).pdf'],
      ['a:b|c?d*e"f<g>.pdf', 'abcdefg.pdf'],
      ['.htaccess', 'htaccess'],
      ['rapport. . .', 'rapport'],
      ['  relevé    de   compte\u00A0\u3000.pdf  ', 'relevé de compte .pdf'],
      ['e\u0301te\u0301.pdf', '\u00e9t\u00e9.pdf'],
      ['\uD800scan.pdf', 'scan.pdf'],
      ['scan\uDC00.pdf', 'scan.pdf'],
      ['Permis de conduire.PDF', 'Permis de conduire.PDF'],
    ];
    for (const [input, expected] of cases) {
      it(`cleans ${JSON.stringify(input)}`, () => {
        expect(cleanFileName(input)).to.equal(expected);
      });
    }

    it('shortens a 1000-character name to 150 code units, keeping its extension', () => {
      const cleaned = cleanFileName(`${'a'.repeat(1000)}.pdf`);
      expect(cleaned).to.have.length(150);
      expect(cleaned).to.equal(`${'a'.repeat(146)}.pdf`);
    });

    it('never splits a surrogate pair when shortening', () => {
      const cleaned = cleanFileName(`${'\u{1F4C4}'.repeat(500)}.pdf`);
      expect(cleaned.length).to.be.at.most(150);
      expect(cleaned.endsWith('\u{1F4C4}.pdf')).to.equal(true);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cleaned)).to.equal(false);
    });

    it('cuts a long name without a plausible extension, and tidies the cut', () => {
      expect(cleanFileName('b'.repeat(1000))).to.equal('b'.repeat(150));
      // Whitespace collapses to one space, the cut falls right after it, and the trailing space goes.
      const cut = cleanFileName(`${'c'.repeat(149)}     ${'d'.repeat(20)}.${'e'.repeat(40)}`);
      expect(cut).to.equal('c'.repeat(149));
    });

    it('returns something non-empty without control, bidi, separator or reserved characters, for any input', () => {
      const hostile = fc.constantFrom(
        '/',
        '\\',
        '.',
        ' ',
        '\t',
        '\n',
        '\u0000',
        '\u0085',
        '\u202E',
        '\u2067',
        '\u200B',
        '\uFEFF',
        '\u061C',
        ':',
        '<',
        '>',
        '"',
        '|',
        '?',
        '*',
        'C',
        'O',
        'N',
        'e\u0301',
        '\uD800',
        '\uDC00',
        '\u{1F4C4}',
        'a',
      );
      const name = fc.string({ unit: fc.oneof(hostile, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 400 });
      fc.assert(
        fc.property(name, (input) => {
          const cleaned = cleanFileName(input);
          expect(cleaned.length).to.be.within(1, 150);
          expect(cleaned).not.to.match(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff/\\<>:"|?*]/);
          expect(cleaned).not.to.match(/^[.\s]|[.\s]$/);
          expect(cleaned).not.to.match(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i);
          expect(cleaned.normalize('NFC')).to.equal(cleaned);
          expect(cleanFileName(cleaned), 'cleaning twice changes nothing').to.equal(cleaned);
        }),
        { seed: 20261128, numRuns: 500 },
      );
    });
  });

  describe('sha256Hex', () => {
    it('matches the FIPS 180-2 test vector and the empty input', async () => {
      expect(await sha256Hex(new Blob(['abc']))).to.equal(ABC_SHA256);
      expect(await sha256Hex(new Blob([]))).to.equal(EMPTY_SHA256);
    });

    it('falls back to a JavaScript digest without WebCrypto, equal at every block and slice boundary', async () => {
      expect(await sha256Hex(new Blob(['abc']), 'fr', { webCrypto: false })).to.equal(ABC_SHA256);
      expect(await sha256Hex(new Blob([]), 'fr', { webCrypto: false })).to.equal(EMPTY_SHA256);
      // FIPS 180-2's two-block vector.
      expect(await sha256Hex(new Blob(['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']), 'fr', { webCrypto: false })).to.equal(
        '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
      );
      for (const size of [55, 56, 63, 64, 65, 119, 120, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 7]) {
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 1) bytes[i] = (i * 131 + (i >> 9)) & 0xff;
        const blob = new Blob([bytes]);
        expect(await sha256Hex(blob, 'fr', { webCrypto: false }), String(size)).to.equal(await sha256Hex(blob));
      }
    });

    it('hashes bytes, not text', async () => {
      const digest = await sha256Hex(new Blob([new Uint8Array([0x61, 0x62, 0x63])], { type: 'image/png' }));
      expect(digest).to.equal(ABC_SHA256);
    });
  });

  describe('sample files', () => {
    it('pads a PDF by exactly the bytes asked, with or without a seed', () => {
      const base = samplePdf().size;
      for (const extra of [0, 1, 2, 3, 1000, 123_457]) expect(samplePdf(extra).size, String(extra)).to.equal(base + extra);
      expect(samplePdf('seed', 10).size).to.equal(samplePdf('seed').size + 10);
    });

    it('gives distinct digests for distinct seeds, the same for the same seed', async () => {
      const [a, b, a2] = await Promise.all([sha256Hex(samplePdf('a')), sha256Hex(samplePdf('b')), sha256Hex(samplePdf('a'))]);
      expect(a).not.to.equal(b);
      expect(a).to.equal(a2);
    });

    it('writes a PDF whose cross-reference table points at its objects', async () => {
      for (const pdf of [samplePdf(), samplePdf('é — ünïcödé\nline', 5000)]) {
        const text = new TextDecoder('latin1').decode(await bytesOf(pdf));
        expect(text.startsWith('%PDF-1.4\n')).to.equal(true);
        expect(text.endsWith('%%EOF\n')).to.equal(true);
        const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
        expect(text.slice(startxref, startxref + 4)).to.equal('xref');
        const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
        expect(offsets).to.have.length(5);
        offsets.forEach((offset, index) => expect(text.slice(offset, offset + 8)).to.equal(`${index + 1} 0 obj\n`));
      }
    });

    it('rejects a negative or fractional padding', () => {
      expect(() => samplePdf(-1)).to.throw(DossierError);
      expect(() => samplePdf(1.5)).to.throw(DossierError);
    });

    it('builds Files with the name and declared type asked', function () {
      if (typeof File === 'undefined') this.skip();
      const file = sampleFile('png', 'photo.pdf', { type: 'application/pdf' });
      expect(file.name).to.equal('photo.pdf');
      expect(file.type).to.equal('application/pdf');
      expect(sampleFile('docx', 'contrat.docx').type).to.equal(DOCX);
    });
  });

  describe('validateFile', () => {
    it('describes an accepted file: cleaned name, original name, detected type, size, digest', async () => {
      const blob = samplePdf('validate');
      const result = await validateFile(named(blob, '../Permis\u202E.pdf'), { accept: ['application/pdf'], maxBytes: 1024 * 1024 });
      expect(result).to.deep.equal({
        name: 'Permis.pdf',
        originalName: '../Permis\u202E.pdf',
        mediaType: 'application/pdf',
        size: blob.size,
        digest: await sha256Hex(blob),
        passwordProtected: false,
      });
    });

    const kinds: readonly (readonly [() => Blob, string, readonly string[]])[] = [
      [() => samplePdf(), 'application/pdf', ['.pdf']],
      [samplePng, 'image/png', ['image/*']],
      [sampleJpeg, 'image/jpeg', ['.jpg']],
      [sampleWebp, 'image/webp', ['image/webp']],
      [sampleHeic, 'image/heic', ['.heic']],
      [sampleTiff, 'image/tiff', ['.tif']],
      [() => sampleDocx(), DOCX, ['.docx']],
      [() => sampleXlsx(), XLSX, ['.xlsx']],
    ];
    for (const [build, mediaType, accept] of kinds) {
      it(`accepts ${mediaType} where ${accept.join(', ')} is accepted, even with no declared type`, async () => {
        const result = await validateFile({ blob: new Blob([build()]), name: 'piece' }, { accept, maxBytes: DEFAULT_MAX_BYTES });
        expect(result.mediaType).to.equal(mediaType);
      });
    }

    it('refuses a PNG named .pdf and declared application/pdf where only PDF is accepted', async () => {
      for (const accept of [['application/pdf'], ['.pdf']]) {
        const error = await rejectionOf(
          () => validateFile(named(samplePng(), 'scan.pdf', 'application/pdf'), { accept, maxBytes: DEFAULT_MAX_BYTES }),
          'file-type-not-accepted',
        );
        expect(error.details).to.deep.equal({ fileName: 'scan.pdf', mediaType: 'image/png', accepted: accept });
      }
    });

    it('refuses text posing as a PDF, with no detected type', async () => {
      const error = await rejectionOf(
        () => validateFile(named(new Blob(['not a pdf'], { type: 'application/pdf' }), 'faux.pdf'), ANY),
        'file-type-not-accepted',
      );
      expect(error.details.mediaType).to.equal(undefined);
      expect(error.details.fileName).to.equal('faux.pdf');
    });

    it('refuses a ZIP that is not Office where only docx is accepted', async () => {
      const error = await rejectionOf(
        () => validateFile(named(sampleZip(), 'contrat.docx', DOCX), { accept: ['.docx'], maxBytes: DEFAULT_MAX_BYTES }),
        'file-type-not-accepted',
      );
      expect(error.details.mediaType).to.equal('application/zip');
    });

    it('refuses an empty file before looking at its type', async () => {
      const error = await rejectionOf(() => validateFile(named(new Blob([], { type: 'application/pdf' }), 'vide.pdf'), ANY), 'file-empty');
      expect(error.details).to.deep.equal({ fileName: 'vide.pdf' });
    });

    it('accepts exactly maxBytes and refuses maxBytes + 1, before reading anything', async () => {
      const pdf = samplePdf();
      const rules = { accept: ['application/pdf'], maxBytes: pdf.size };
      expect((await validateFile(named(pdf, 'a.pdf'), rules)).size).to.equal(pdf.size);
      const error = await rejectionOf(() => validateFile(named(samplePdf(1), 'b.pdf'), rules), 'file-too-large');
      expect(error.details).to.deep.equal({ fileName: 'b.pdf', size: pdf.size + 1, maxBytes: pdf.size });
      const garbage = new Blob([new Uint8Array(pdf.size + 1)]);
      await rejectionOf(() => validateFile(named(garbage, 'c.bin'), rules), 'file-too-large');
    });

    it('holds to DEFAULT_MAX_BYTES (25 MiB) at the boundary', async () => {
      expect(DEFAULT_MAX_BYTES).to.equal(26_214_400);
      const padding = DEFAULT_MAX_BYTES - samplePdf().size;
      const atLimit = await validateFile(named(samplePdf(padding), 'max.pdf'), ANY);
      expect(atLimit.size).to.equal(DEFAULT_MAX_BYTES);
      await rejectionOf(() => validateFile(named(samplePdf(padding + 1), 'over.pdf'), ANY), 'file-too-large');
    });

    it('keeps the original hostile name in error details and messages, as text', async () => {
      const error = await rejectionOf(() => validateFile(named(new Blob([]), HOSTILE_NAME), ANY, 'en'), 'file-empty');
      expect(error.details.fileName).to.equal(HOSTILE_NAME);
      expect(error.message).to.equal(`The file “${HOSTILE_NAME}” is empty.`);
    });

    it('writes its messages in French by default and in English when asked', async () => {
      const rules = { accept: ['application/pdf'], maxBytes: 10 };
      const big = named(samplePdf(), 'relevé.pdf');
      const fr = await rejectionOf(() => validateFile(big, rules), 'file-too-large');
      expect(fr.locale).to.equal('fr');
      expect(fr.message).to.contain('« relevé.pdf »').and.to.contain('trop volumineux').and.to.contain('10\u00a0o');
      const en = await rejectionOf(() => validateFile(big, rules, 'en'), 'file-too-large');
      expect(en.message).to.contain('“relevé.pdf”').and.to.contain('too large').and.to.contain('10\u00a0B');

      const png = named(samplePng(), 'scan.pdf', 'application/pdf');
      const messages: Record<'fr' | 'en', string> = {
        fr: (await rejectionOf(() => validateFile(png, { accept: ['application/pdf'], maxBytes: 1000 }, 'fr'), 'file-type-not-accepted'))
          .message,
        en: (await rejectionOf(() => validateFile(png, { accept: ['application/pdf'], maxBytes: 1000 }, 'en'), 'file-type-not-accepted'))
          .message,
      };
      expect(messages.fr).to.equal(
        'Le fichier « scan.pdf » n’est pas d’un type accepté (détecté : image PNG). Types acceptés : document PDF.',
      );
      expect(messages.en).to.equal('The file “scan.pdf” is not of an accepted type (detected: PNG image). Accepted: PDF document.');
      const unknown = await rejectionOf(() => validateFile(named(new Blob(['texte']), 'notes'), ANY, 'fr'), 'file-type-not-accepted');
      expect(unknown.message).to.equal('Le fichier « notes » n’est pas d’un type accepté (type non reconnu).');
      const empty = await rejectionOf(() => validateFile(named(new Blob([]), 'vide.pdf'), ANY, 'fr'), 'file-empty');
      expect(empty.message).to.equal('Le fichier « vide.pdf » est vide.');
    });

    it('refuses malformed arguments with invalid-input', async () => {
      const pdf = samplePdf();
      const malformed: readonly (readonly [unknown, unknown, string])[] = [
        [null, ANY, 'file'],
        ['scan.pdf', ANY, 'file'],
        [{ blob: pdf, name: 42 }, ANY, 'name'],
        [{ blob: pdf }, ANY, 'name'],
        [{ blob: 'bytes', name: 'a.pdf' }, ANY, 'blob'],
        [{ blob: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), name: 'a.pdf' }, ANY, 'blob'],
        [
          { blob: { size: 5, type: 'application/pdf', slice: () => pdf, arrayBuffer: () => pdf.arrayBuffer() }, name: 'a.pdf' },
          ANY,
          'blob',
        ],
        [{ blob: pdf, name: 'a.pdf' }, null, 'accept'],
        [{ blob: pdf, name: 'a.pdf' }, { accept: 'application/pdf', maxBytes: 10 }, 'accept'],
        [{ blob: pdf, name: 'a.pdf' }, { accept: [42], maxBytes: 10 }, 'accept'],
        [{ blob: pdf, name: 'a.pdf' }, { accept: [], maxBytes: Number.NaN }, 'maxBytes'],
        [{ blob: pdf, name: 'a.pdf' }, { accept: [], maxBytes: -1 }, 'maxBytes'],
        [{ blob: pdf, name: 'a.pdf' }, { accept: [], maxBytes: '1000000' }, 'maxBytes'],
      ];
      for (const [candidate, rules, field] of malformed) {
        const error = await rejectionOf(
          () => validateFile(candidate as Parameters<typeof validateFile>[0], rules as FileRules),
          'invalid-input',
        );
        expect(error.details.field, JSON.stringify(candidate)).to.equal(field);
      }
    });

    it('reports a file that cannot be read any more as invalid-input', async () => {
      class UnreadableBlob extends Blob {
        override slice(): Blob {
          return this;
        }
        override arrayBuffer(): Promise<ArrayBuffer> {
          return Promise.reject(new Error('NotReadableError'));
        }
      }
      const error = await rejectionOf(
        () => validateFile({ blob: new UnreadableBlob(['%PDF-']), name: 'gone.pdf' }, ANY, 'en'),
        'invalid-input',
      );
      expect(error.details).to.include({ field: 'blob', fileName: 'gone.pdf' });
      expect(error.cause).to.be.instanceOf(Error);
    });

    it('hashes the whole content: same bytes, same digest, whatever the name', async () => {
      const a = await validateFile(named(samplePdf('same'), 'a.pdf'), ANY);
      const b = await validateFile(named(samplePdf('same'), 'b.pdf'), ANY);
      const c = await validateFile(named(samplePdf('other'), 'a.pdf'), ANY);
      expect(a.digest).to.equal(b.digest);
      expect(a.digest).not.to.equal(c.digest);
      expect(a.digest).to.match(/^[0-9a-f]{64}$/);
    });
  });
});
