/** How many leading bytes are read to recognise a file's kind and check its start. */
const HEAD_BYTES = 65536;
/** How many trailing bytes are read to check a file's end (a ZIP comment is at most 65,535 bytes, plus its 22-byte record). */
const TAIL_BYTES = 65536 + 22;

/**
 * The bytes of a file that structure checks may look at: its head and its tail, read once,
 * and small ranges elsewhere on demand. Never the whole file: a 200 MB PDF costs two reads
 * of 64 KiB. Counts what it read, so tests and benchmarks can prove it.
 */
export class FileBytes {
  /** The first `HEAD_BYTES` bytes (fewer for a smaller file). */
  readonly head: Uint8Array;
  /** The last `TAIL_BYTES` bytes (the whole file when it is smaller). */
  readonly tail: Uint8Array;
  /** Offset of `tail[0]` in the file. */
  readonly tailStart: number;
  readonly size: number;
  private readonly blob: Blob;
  private read = 0;

  private constructor(blob: Blob, head: Uint8Array, tail: Uint8Array, tailStart: number, read: number) {
    this.blob = blob;
    this.size = blob.size;
    this.head = head;
    this.tail = tail;
    this.tailStart = tailStart;
    this.read = read;
  }

  /** Reads the head and the tail of `blob`. Rejects when the blob cannot be read. */
  static async of(blob: Blob): Promise<FileBytes> {
    const size = blob.size;
    const head = await bytesOf(blob, 0, Math.min(size, HEAD_BYTES));
    // A small file's tail is within its head: read nothing twice.
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = tailStart < head.length ? await joinTail(blob, head, tailStart, size) : await bytesOf(blob, tailStart, size);
    return new FileBytes(
      blob,
      head,
      tail,
      tailStart,
      head.length + (tailStart < head.length ? Math.max(0, size - head.length) : tail.length),
    );
  }

  /** Bytes read from the blob so far. */
  get bytesRead(): number {
    return this.read;
  }

  /**
   * The bytes in `[start, end)`, clipped to the file; served from the head or the tail when
   * they hold the range, read from the blob otherwise.
   */
  async range(start: number, end: number): Promise<Uint8Array> {
    const from = Math.max(0, Math.min(start, this.size));
    const to = Math.max(from, Math.min(end, this.size));
    if (to <= this.head.length) return this.head.subarray(from, to);
    if (from >= this.tailStart) return this.tail.subarray(from - this.tailStart, to - this.tailStart);
    const bytes = await bytesOf(this.blob, from, to);
    this.read += bytes.length;
    return bytes;
  }
}

async function bytesOf(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  if (end <= start) return new Uint8Array(0);
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

/** The tail of a file whose tail overlaps its head: the overlap from the head, the rest read. */
async function joinTail(blob: Blob, head: Uint8Array, tailStart: number, size: number): Promise<Uint8Array> {
  const rest = await bytesOf(blob, head.length, size);
  const tail = new Uint8Array(size - tailStart);
  tail.set(head.subarray(tailStart), 0);
  tail.set(rest, head.length - tailStart);
  return tail;
}
