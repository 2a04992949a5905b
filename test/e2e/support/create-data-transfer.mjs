// Files built inside the page, held in a DataTransfer, to drop on a drop zone as a person would.

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
  return page.evaluateHandle(async ({ kind, name, text }) => {
    /** A minimal valid PDF: catalogue, one page, one line of Helvetica, and a correct xref table. */
    const pdf = (line) => {
      const ascii = line
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/[()\\]/g, '');
      const content = `BT /F1 18 Tf 72 760 Td (${ascii}) Tj ET`;
      const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ];
      let body = '%PDF-1.4\n';
      const offsets = objects.map((object, index) => {
        const offset = body.length;
        body += `${index + 1} 0 obj\n${object}\nendobj\n`;
        return offset;
      });
      const xref = body.length;
      body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
      body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
      return new Blob([body]);
    };
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
    const blob = kind === 'pdf' ? pdf(text) : await png(text);
    const type = name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : name.toLowerCase().endsWith('.png') ? 'image/png' : '';
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], name, { type, lastModified: Date.now() }));
    return transfer;
  }, file);
}
