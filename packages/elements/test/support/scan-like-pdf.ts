// PDFs built in the browser for the indexer's preview tests and the PDF bench: scans as brokers
// get them (each page one JPEG photo of paper, as scanners and img2pdf write them), and a damaged
// one that still passes Dossier's structure checks (header, an object, startxref, %%EOF).

/** How a scan-like PDF is made. */
export interface ScanLikePdfOptions {
  /** Number of pages (each with its own copy of the image, as a scanner writes them). */
  readonly pages: number;
  /** Pixel width of each page's image (A4 proportions); 1240 is A4 at 150 dpi. */
  readonly imageWidth: number;
  /** JPEG quality, 0 to 1. */
  readonly quality?: number;
  /** The colour of the band across the top of the first page, for tests to find on the preview. */
  readonly bandColor?: string;
}

const A4 = { width: 595, height: 842 };

/** A JPEG of a sheet of paper: off-white with grain, lines of "text", a coloured band at the top. */
async function scanJpeg(width: number, quality: number, bandColor: string): Promise<Uint8Array> {
  const height = Math.round((width * A4.height) / A4.width);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(width, height);
  // Paper grain: what makes scans big (JPEG compresses noise badly).
  let seed = 42;
  for (let i = 0; i < pixels.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const grain = 235 + (seed % 20);
    pixels.data[i] = grain;
    pixels.data[i + 1] = grain;
    pixels.data[i + 2] = grain - 6;
    pixels.data[i + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  context.fillStyle = bandColor;
  context.fillRect(0, 0, width, Math.round(height * 0.12));
  context.fillStyle = '#333';
  for (let y = Math.round(height * 0.18); y < height * 0.92; y += Math.round(height / 60)) {
    context.fillRect(Math.round(width * 0.1), y, Math.round(width * (0.5 + ((y * 7) % 30) / 100)), Math.max(2, Math.round(height / 200)));
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

/** Writes a PDF from its objects (numbered from 1), with a correct cross-reference table. */
function writePdf(objects: readonly (string | readonly [string, Uint8Array, string])[]): Blob {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    parts.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    push(`${index + 1} 0 obj\n`);
    if (typeof object === 'string') push(object);
    else {
      push(object[0]);
      push(object[1]);
      push(object[2]);
    }
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Blob(parts as BlobPart[], { type: 'application/pdf' });
}

/** A PDF of `pages` scanned A4 pages, each one JPEG (DCTDecode) filling the page. */
export async function scanLikePdf({ pages, imageWidth, quality = 0.8, bandColor = '#d00000' }: ScanLikePdfOptions): Promise<Blob> {
  const jpeg = await scanJpeg(imageWidth, quality, bandColor);
  const imageHeight = Math.round((imageWidth * A4.height) / A4.width);
  const drawing = `q ${A4.width} 0 0 ${A4.height} 0 0 cm /Im0 Do Q`;
  // 1 catalog, 2 pages, then per page: page, contents, image.
  const objects: (string | readonly [string, Uint8Array, string])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${3 + i * 3} 0 R`).join(' ')}] /Count ${pages} >>`,
  ];
  for (let i = 0; i < pages; i += 1) {
    const page = 3 + i * 3;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /XObject << /Im0 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`);
    objects.push([
      `<< /Type /XObject /Subtype /Image /Width ${imageWidth} /Height ${imageHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ]);
  }
  return writePdf(objects);
}

/**
 * A PDF whose outline passes Dossier's checks (header, an object, `startxref` to a plausible
 * offset, `%%EOF`) but whose objects are garbage: no catalog, no page. No reader can show it.
 */
export function damagedPdf(): Blob {
  const body = `%PDF-1.7\n1 0 obj\n<< /Type /Nothing ${'#@! garbage ]] >> ((( '.repeat(40)}\nendobj\n`;
  return new Blob([`${body}startxref\n9\n%%EOF\n`], { type: 'application/pdf' });
}
