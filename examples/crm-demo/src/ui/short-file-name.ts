/**
 * A file name short enough for a notification: the start and the end (its
 * extension) around an ellipsis, e.g. "scan-de-la-carte-grise-du-vé…-recto.pdf".
 * Names of `max` characters or fewer are returned as they are.
 */
export function shortFileName(name: string, max = 48): string {
  const characters = [...name];
  if (characters.length <= max) return name;
  const tail = Math.min(16, Math.floor(max / 3));
  return `${characters.slice(0, max - tail - 1).join('')}…${characters.slice(-tail).join('')}`;
}
