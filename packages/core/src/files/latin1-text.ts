/** Bytes as a string of one character per byte, for searching ASCII keywords in binary data. */
export function latin1Text(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep the argument list of fromCharCode within engine limits.
  for (let offset = 0; offset < bytes.length; offset += 8192) {
    text += String.fromCharCode(...bytes.subarray(offset, offset + 8192));
  }
  return text;
}
