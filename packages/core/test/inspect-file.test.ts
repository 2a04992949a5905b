import { expect } from 'chai';
import { describeAcceptList, describeMediaType } from '../src/i18n/describe-media-type.js';
import { inspectFile } from '../src/files/inspect-file.js';
import { nameForMediaType } from '../src/files/name-for-media-type.js';
import {
  samplePdf,
  samplePng,
  sampleJpeg,
  sampleGif,
  sampleWebp,
  sampleTiff,
  sampleHeic,
  sampleDocx,
  sampleZip,
  sampleOdt,
} from '../src/testing/sample-files.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function blobOf(...parts: (string | number[] | Uint8Array)[]): Blob {
  return new Blob(
    parts.map((part) =>
      typeof part === 'string'
        ? Uint8Array.from(part, (c) => c.charCodeAt(0))
        : part instanceof Uint8Array
          ? new Uint8Array(part)
          : Uint8Array.from(part),
    ),
  );
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A blob that records the byte ranges read from it. */
class CountingBlob extends Blob {
  readonly reads: [number, number][] = [];
  override slice(start = 0, end = this.size): Blob {
    this.reads.push([start, Math.min(end, this.size)]);
    return super.slice(start, end);
  }
}

const PDF_BODY = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
const PDF_END = 'trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n';

describe('inspectFile', () => {
  it('accepts the sample files of every kind as whole', async () => {
    for (const blob of [
      samplePdf(),
      samplePng(),
      sampleJpeg(),
      sampleGif(),
      sampleWebp(),
      sampleTiff(),
      sampleHeic(),
      sampleDocx(),
      sampleDocx({ dataDescriptors: true }),
      sampleZip(),
      sampleOdt(),
    ]) {
      const inspection = await inspectFile(blob, 'x');
      expect(inspection.damage, inspection.mediaType ?? 'null').to.equal(null);
      expect(inspection.passwordProtected).to.equal(false);
    }
  });

  describe('PDF', () => {
    it('needs an object after the header, startxref and %%EOF in the last 1,024 bytes', async () => {
      expect((await inspectFile(blobOf(PDF_BODY, PDF_END))).damage).to.equal(null);
      expect((await inspectFile(blobOf('%PDF-1.7\n<html><script>alert(1)</script></html>\n', PDF_END))).damage).to.equal('no-content');
      expect((await inspectFile(blobOf(PDF_BODY, 'trailer\n<<>>\n'))).damage, 'no %%EOF').to.equal('truncated');
      expect((await inspectFile(blobOf(PDF_BODY, PDF_END, ' '.repeat(1100)))).damage, '%%EOF too far from the end').to.equal('truncated');
      expect((await inspectFile(blobOf(PDF_BODY, 'trailer\n<<>>\n%%EOF\n'))).damage, 'no startxref').to.equal('corrupt');
      expect((await inspectFile(blobOf(PDF_BODY, 'startxref\n999999\n%%EOF\n'))).damage, 'startxref past the end').to.equal('corrupt');
      expect((await inspectFile(blobOf(PDF_BODY, 'startxref\n99999999999999999999\n%%EOF\n'))).damage, 'absurd startxref').to.equal(
        'corrupt',
      );
    });

    it('catches an incremental update cut short: only the last %%EOF counts', async () => {
      const update = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 1\n${'0'.repeat(2000)}`;
      expect((await inspectFile(blobOf(PDF_BODY, PDF_END, update))).damage).to.equal('truncated');
    });

    it('flags a dictionary with /Encrypt it cannot check as password-protected, not /EncryptMetadata', async () => {
      const unknownHandler = `trailer\n<< /Root 1 0 R /Encrypt << /Filter /PubSec /V 4 >> >>\nstartxref\n9\n%%EOF\n`;
      expect((await inspectFile(blobOf(PDF_BODY, unknownHandler))).passwordProtected).to.equal(true);
      const missingObject = `trailer\n<< /Root 1 0 R /Encrypt 99 0 R >>\nstartxref\n9\n%%EOF\n`;
      expect((await inspectFile(blobOf(PDF_BODY, missingObject))).passwordProtected).to.equal(true);
      const metadataOnly = `1 0 obj\n<< /EncryptMetadata false >>\nendobj\n${PDF_END}`;
      expect((await inspectFile(blobOf(PDF_BODY, metadataOnly))).passwordProtected).to.equal(false);
    });

    it('reads only the head, the tail and a few KiB of an 8 MB PDF', async () => {
      const big = new CountingBlob([samplePdf(8 * 1024 * 1024)]);
      const inspection = await inspectFile(big);
      expect(inspection).to.include({ mediaType: 'application/pdf', damage: null });
      expect(inspection.bytesRead).to.be.at.most(2 * 65558 + 8192);
      expect(big.reads.reduce((sum, [start, end]) => sum + end - start, 0)).to.equal(inspection.bytesRead);
    });
  });

  describe('images', () => {
    it('refuses a JPEG without its end marker, tolerating padding and phone trailers', async () => {
      const jpeg = await bytesOf(sampleJpeg());
      expect((await inspectFile(blobOf(jpeg.subarray(0, jpeg.length - 2)))).damage).to.equal('truncated');
      expect((await inspectFile(blobOf(jpeg, [0, 0, 0x0a]))).damage, 'padding').to.equal(null);
      expect((await inspectFile(blobOf(jpeg, 'trailer data SEFT'))).damage, 'Samsung trailer').to.equal(null);
      expect((await inspectFile(blobOf(jpeg, 'unexpected data'))).damage, 'anything else').to.equal('truncated');
    });

    it('refuses a PNG without IEND, a GIF without trailer, a WebP shorter than its RIFF size', async () => {
      const png = await bytesOf(samplePng());
      expect((await inspectFile(blobOf(png.subarray(0, png.length - 12)))).damage).to.equal('truncated');
      expect((await inspectFile(blobOf(png, [0]))).damage, 'a byte after IEND').to.equal(null);
      const gif = await bytesOf(sampleGif());
      expect((await inspectFile(blobOf(gif.subarray(0, gif.length - 1)))).damage).to.equal('truncated');
      const webp = await bytesOf(sampleWebp());
      expect((await inspectFile(blobOf(webp.subarray(0, webp.length - 1)))).damage).to.equal('truncated');
    });

    it('refuses a TIFF whose directory or strips lie past the end, and forged directories', async () => {
      const tiff = await bytesOf(sampleTiff());
      expect((await inspectFile(blobOf(tiff.subarray(0, tiff.length - 1)))).damage, 'last strip cut').to.equal('truncated');
      expect((await inspectFile(blobOf('II', [42, 0, 0xff, 0xff, 0, 0], new Uint8Array(16)))).damage, 'directory past the end').to.equal(
        'truncated',
      );
      expect((await inspectFile(blobOf('II', [42, 0, 8, 0, 0, 0], [0, 0], new Uint8Array(8)))).damage, 'empty directory').to.equal(
        'corrupt',
      );
    });

    it('refuses a HEIF file whose boxes run past the end or are smaller than a header', async () => {
      const heic = await bytesOf(sampleHeic());
      expect((await inspectFile(blobOf(heic.subarray(0, heic.length - 1)))).damage).to.equal('truncated');
      expect((await inspectFile(blobOf(heic, [0, 0, 0, 4], 'free'))).damage).to.equal('corrupt');
      expect((await inspectFile(blobOf(heic, [0, 0, 0, 0], 'mdat', 'data to the end'))).damage, 'a box to the end of the file').to.equal(
        null,
      );
    });
  });

  describe('ZIP', () => {
    it('refuses an archive without its end record, or whose directory points outside', async () => {
      const docx = await bytesOf(sampleDocx());
      expect(await inspectFile(blobOf(docx.subarray(0, docx.length - 22)))).to.include({ mediaType: DOCX, damage: 'truncated' });
      const forged = docx.slice();
      new DataView(forged.buffer).setUint32(forged.length - 6, 0x7fffffff, true);
      expect((await inspectFile(blobOf(forged))).damage).to.equal('corrupt');
    });

    it('tells Office from a plain archive by the central directory, wherever the main part lies', async () => {
      expect((await inspectFile(sampleZip([['word/document.xml', '<w:document/>']]))).mediaType, 'no [Content_Types].xml').to.equal(
        'application/zip',
      );
      const late = sampleZip([
        ['[Content_Types].xml', '<Types/>'],
        ['pad.bin', new Uint8Array(70_000)],
        ['word/document.xml', '<w:document/>'],
      ]);
      expect((await inspectFile(late)).mediaType).to.equal(DOCX);
      expect(
        (
          await inspectFile(
            sampleZip([
              ['mimetype', 'application/vnd.oasis.opendocument.text'],
              ['content.xml', '<x/>'],
            ]),
          )
        ).damage,
        'ODF without manifest',
      ).to.equal('corrupt');
    });
  });

  describe('OLE2 compound files', () => {
    const header = (patch: (view: DataView) => void): Uint8Array => {
      const bytes = new Uint8Array(512 * 4);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const view = new DataView(bytes.buffer);
      view.setUint16(0x1e, 9, true);
      view.setUint32(0x2c, 1, true);
      view.setUint32(0x30, 1, true);
      for (let i = 0; i < 109; i += 1) view.setUint32(0x4c + i * 4, 0xffffffff, true);
      view.setUint32(0x4c, 0, true);
      patch(view);
      return bytes;
    };

    it('refuses forged headers, cycles and sectors past the end without reading much', async () => {
      const badShift = await inspectFile(blobOf(header((v) => v.setUint16(0x1e, 30, true))));
      expect(badShift).to.include({ mediaType: 'application/x-ole-storage', damage: 'corrupt' });
      const farDirectory = await inspectFile(blobOf(header((v) => v.setUint32(0x30, 1_000_000, true))));
      expect(farDirectory.damage).to.equal('truncated');
      // The directory chain loops on itself and the root entry is not a root: nothing recognised, no endless read.
      const loop = await inspectFile(blobOf(header((v) => v.setUint32(512 + 4, 1, true))));
      expect(loop.mediaType === null || loop.damage !== null).to.equal(true);
      expect(loop.bytesRead).to.be.at.most(4 * 512);
    });
  });

  describe('text', () => {
    it('accepts UTF-8 and Windows-1252 text by extension only, without control characters', async () => {
      expect((await inspectFile(blobOf('Prénom;Nom\n'), 'a.csv')).mediaType).to.equal('text/csv');
      expect((await inspectFile(blobOf([0xef, 0xbb, 0xbf], 'notes'), 'a.TXT')).mediaType).to.equal('text/plain');
      expect((await inspectFile(blobOf('Pi', [0xe8], 'ces ', [0x80]), 'a.txt')).mediaType, 'Windows-1252').to.equal('text/plain');
      expect((await inspectFile(blobOf('Pi', [0x81], 'ces'), 'a.txt')).mediaType, 'undefined in Windows-1252, invalid UTF-8').to.equal(
        null,
      );
      expect((await inspectFile(blobOf('texte'), 'a.md')).mediaType, 'other extension').to.equal(null);
      expect((await inspectFile(blobOf('texte'), 'txt')).mediaType, 'no extension').to.equal(null);
      expect((await inspectFile(blobOf('a\u0000b'), 'a.txt')).mediaType, 'NUL').to.equal(null);
      expect((await inspectFile(blobOf('a\u001bb'), 'a.txt')).mediaType, 'escape').to.equal(null);
      expect((await inspectFile(blobOf([0xff, 0xfe, 0x61, 0x00]), 'a.txt')).mediaType, 'UTF-16').to.equal(null);
    });

    it('forgives UTF-8 sequences cut at the head and tail boundaries of a large text', async () => {
      const line = 'é'.repeat(40_000); // 80,000 bytes: the head ends and the tail starts inside "é"s
      expect((await inspectFile(blobOf(line, 'x', line), 'big.txt')).mediaType).to.equal('text/plain');
      expect((await inspectFile(blobOf(line, [0], line), 'big.txt')).mediaType, 'a NUL in the head').to.equal(null);
    });

    it('recognises HTML to refuse it, whatever its extension', async () => {
      for (const text of ['<!DOCTYPE html><p>x', '  <html>', '\ufeff<script>alert(1)</script>', '<body onload=x>', '<!-- a -->']) {
        expect((await inspectFile(new Blob([text]), 'page.txt')).mediaType, text).to.equal('text/html');
      }
      expect((await inspectFile(new Blob(['<bibliographie>']), 'a.txt')).mediaType).to.equal('text/plain');
    });
  });
});

describe('nameForMediaType', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['permis.pdf', 'image/png', 'permis.png'],
    ['permis.PDF', 'application/pdf', 'permis.PDF'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['scan', 'image/jpeg', 'scan.jpg'],
    ['rapport.v2', 'application/pdf', 'rapport.v2.pdf'],
    ['facture.pdf.exe', 'application/pdf', 'facture.pdf.exe.pdf'],
    ['../CON.pdf', 'image/png', 'CON_.png'],
    ['.pdf', 'image/png', 'pdf.png'],
    ['photo.heif', 'image/heic', 'photo.heif'],
    [`${'a'.repeat(300)}.pdf`, 'image/png', `${'a'.repeat(146)}.png`],
  ];
  for (const [name, type, expected] of cases) {
    it(`${JSON.stringify(name.slice(0, 40))} as ${type} → ${expected.slice(0, 40)}`, () =>
      expect(nameForMediaType(name, type)).to.equal(expected));
  }
});

describe('describeMediaType', () => {
  it('names kinds in broker words in both locales, and falls back to the media type', () => {
    expect(describeMediaType('image/png')).to.equal('image PNG');
    expect(describeMediaType(DOCX, 'en')).to.equal('Word document');
    expect(describeMediaType('application/msword')).to.equal('document Word 97-2003');
    expect(describeMediaType('Application/PDF; q=1')).to.equal('document PDF');
    expect(describeMediaType('application/x-unknown')).to.equal('application/x-unknown');
    expect(describeMediaType('constructor')).to.equal('constructor');
    expect(describeAcceptList(['application/pdf', '.pdf', 'image/*', '*/*', '.docx', '.weird'])).to.equal(
      'document PDF, images, tous les types, document Word, .weird',
    );
  });
});
