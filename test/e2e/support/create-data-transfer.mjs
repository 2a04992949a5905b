// Files held in a DataTransfer inside the page, to drop on a drop zone as a person would.
import { pdfOf } from './pdf-of.mjs';

/**
 * Creates, in `page`, a `DataTransfer` holding one file: a real one-page PDF (`kind: 'pdf'`) or a
 * real PNG drawn on a canvas (`kind: 'png'`), under `name`. The file's media type is the one a
 * browser derives from the name, so a PNG named `.pdf` claims to be a PDF, as it would from a
 * person's disk. `text` is written into the file, which makes every file's content (and digest) distinct.
 * @param {import('playwright-core').Page} page
 * @param {{ kind: 'pdf' | 'png', name: string, text: string }} file
 * @returns {Promise<import('playwright-core').JSHandle<DataTransfer>>}
 */
export function createDataTransfer(page, file) {
  const pdfBytes = file.kind === 'pdf' ? [...pdfOf(file.text)] : [];
  return page.evaluateHandle(
    async ({ kind, name, text, pdfBytes }) => {
      const png = async (line) => {
        const canvas = document.createElement('canvas');
        canvas.width = 320;
        canvas.height = 200;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.fillStyle = '#c9dcf2';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.fillStyle = '#173a6b';
        context.font = '16px sans-serif';
        context.fillText(line, 12, 100);
        return new Promise((resolve, reject) =>
          canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
        );
      };
      const blob = kind === 'pdf' ? new Blob([new Uint8Array(pdfBytes)]) : await png(text);
      const type = name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : name.toLowerCase().endsWith('.png') ? 'image/png' : '';
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], name, { type, lastModified: Date.now() }));
      return transfer;
    },
    { ...file, pdfBytes },
  );
}
