/** WinAnsi code points of the few non-Latin-1 characters French text uses. */
const WIN_ANSI_EXTRAS: Readonly<Record<string, string>> = {
  '€': '\x80',
  '’': '\x92',
  '—': '\x97',
  '–': '\x96',
  '…': '\x85',
  œ: '\x9c',
  Œ: '\x8c',
};

/**
 * A small but valid one-page PDF showing a title and a subtitle, as the demo's
 * sample documents. Text is Latin-1 (WinAnsi), which covers French.
 */
export function demoPdf(title: string, subtitle: string): Blob {
  const text = (value: string): string =>
    Array.from(value, (character) => WIN_ANSI_EXTRAS[character] ?? (character.charCodeAt(0) <= 0xff ? character : '?'))
      .join('')
      .replace(/[\\()]/g, (match) => `\\${match}`);
  const stream = [
    'BT /F1 20 Tf 56 760 Td (' + text(title) + ') Tj ET',
    'BT /F1 12 Tf 56 734 Td (' + text(subtitle) + ') Tj ET',
    'BT /F1 9 Tf 56 60 Td (' + text('Document de démonstration — Courtage Martin & Associés') + ') Tj ET',
    '0.75 w 56 720 m 539 720 l S',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  // Every character is one byte (Latin-1), so string lengths are byte offsets.
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Blob([Uint8Array.from(body, (character) => character.charCodeAt(0))], { type: 'application/pdf' });
}
