// A real PDF built in Node, for the files the end-to-end tests pick or drop.

/**
 * A valid one-page PDF (catalogue, one page, one line of Helvetica, a correct xref table) of about
 * `bytes` bytes: its page's drawing is padded with no-op operators. `line` is written on the page
 * (accents and PDF string delimiters dropped), which makes every file's content and digest distinct.
 * @param {string} line
 * @param {number} [bytes]
 * @returns {Buffer}
 */
export function pdfOf(line, bytes = 0) {
  const ascii = line
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[()\\]/g, '');
  const content = `BT /F1 18 Tf 72 760 Td (${ascii}) Tj ET\n${'q Q\n'.repeat(Math.max(0, Math.floor((bytes - 1200) / 4)))}`;
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
  return Buffer.from(body, 'latin1');
}
