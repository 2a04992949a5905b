import type { AuditCursorPosition } from './audit-cursor.js';

/**
 * One sorted range of audit rows an adapter reads (one per phase, say), in
 * audit order, as `splitAuditOffset` needs it.
 */
export interface AuditOffsetRange {
  /** Rows in the range. */
  readonly size: number;
  /** The sort key (`since`, `id`) of the range's row at `position` (0-based), in audit order. */
  keyAt(position: number): Promise<AuditCursorPosition>;
  /** How many rows of the range come strictly before `key` in audit order (an index count). */
  countBefore(key: AuditCursorPosition): Promise<number>;
}

/**
 * How many rows to skip in each of several sorted ranges so that, read from
 * there and merged, they start at position `offset` of the merged order: the
 * offset of an audit query that an adapter answers with one index range per
 * phase. Exact, and without walking the rows before `offset`: the row at
 * `offset` is found by bisecting one range at a time, each probe one key read
 * and one count per other range (about `log2(size)` probes per range). One
 * range needs no read at all.
 */
export async function splitAuditOffset(ranges: readonly AuditOffsetRange[], offset: number): Promise<number[]> {
  const total = ranges.reduce((sum, range) => sum + range.size, 0);
  if (ranges.length === 1) return [Math.min(offset, total)];
  if (offset >= total) return ranges.map((range) => range.size);
  // The merged place of a range's row: its own place plus the rows of the other ranges before it.
  const skipsAt = async (owner: number, position: number): Promise<{ key: AuditCursorPosition; skips: number[] }> => {
    const key = await (ranges[owner] as AuditOffsetRange).keyAt(position);
    const skips = await Promise.all(ranges.map((range, index) => (index === owner ? position : range.countBefore(key))));
    return { key, skips };
  };
  const sum = (skips: readonly number[]) => skips.reduce((a, b) => a + b, 0);
  // The largest range most likely holds the row: try it first.
  const byLikelihood = ranges.map((range, index) => ({ range, index })).sort((a, b) => b.range.size - a.range.size);
  for (const { range, index } of byLikelihood) {
    let low = 0;
    let high = range.size - 1;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const { skips } = await skipsAt(index, middle);
      const place = sum(skips);
      if (place === offset) return skips;
      if (place < offset) low = middle + 1;
      else high = middle - 1;
    }
  }
  // Every merged place is some range's row, so this is reached only if a range changed between
  // the reads, which one read transaction rules out.
  throw new Error('splitAuditOffset: the ranges changed while they were read');
}
