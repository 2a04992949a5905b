/**
 * Inflates raw DEFLATE data (a ZIP entry's method 8) with the platform's
 * `DecompressionStream`, stopping after `maxBytes` of output. `null` when the platform
 * has no such stream or the data is not valid DEFLATE.
 */
export async function inflateRaw(compressed: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  if (typeof DecompressionStream === 'undefined') return null;
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return null; // A platform without the raw format (Node before 20.12).
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors surface on the reader; the writer's promises would otherwise reject unhandled.
  writer.write(new Uint8Array(compressed)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } catch {
    return length > 0 ? join(chunks, length) : null;
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return join(chunks, length);
}

function join(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
