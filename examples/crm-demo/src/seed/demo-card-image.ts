/**
 * A PNG "photo" of an identity card or a driving licence, drawn on a canvas, so
 * that the indexer shows image thumbnails. `null` where the browser has no
 * OffscreenCanvas (the seed then uses a PDF).
 */
export async function demoCardImage(title: string, holder: string, tint: string): Promise<Blob | null> {
  if (typeof OffscreenCanvas !== 'function') return null;
  const canvas = new OffscreenCanvas(428, 270);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#e9ecef';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = tint;
  context.beginPath();
  context.roundRect(14, 14, 400, 242, 16);
  context.fill();
  context.fillStyle = 'rgba(255,255,255,0.55)';
  context.fillRect(30, 70, 96, 124);
  context.fillStyle = '#6c7480';
  context.beginPath();
  context.arc(78, 112, 24, 0, Math.PI * 2);
  context.fill();
  context.fillRect(48, 142, 60, 40);
  context.fillStyle = '#1f2937';
  context.font = 'bold 13px sans-serif';
  context.fillText('RÉPUBLIQUE FRANÇAISE', 30, 44);
  context.font = 'bold 20px sans-serif';
  context.fillText(title.toUpperCase(), 30, 64);
  context.font = '15px sans-serif';
  context.fillText(holder, 142, 100);
  context.fillStyle = '#374151';
  context.font = '12px monospace';
  [
    '1. ' + holder.split(' ').at(-1)?.toUpperCase(),
    '4a. 12.03.2019',
    '4c. Préfecture du Rhône',
    '5. 19AB' + holder.length + '7742',
  ].forEach((line, index) => context.fillText(line, 142, 130 + index * 20));
  return canvas.convertToBlob({ type: 'image/png' });
}
