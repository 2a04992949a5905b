/** Position after which the next audit page starts: the last row's sort key. */
export interface AuditCursorPosition {
  readonly since: string;
  readonly id: string;
}

/** Encodes an audit position as an opaque cursor string. */
export function encodeAuditCursor(position: AuditCursorPosition): string {
  return JSON.stringify([position.since, position.id]);
}

/** Decodes a cursor from `encodeAuditCursor`; `undefined` when it is not one. */
export function decodeAuditCursor(cursor: string): AuditCursorPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(cursor);
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { since: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return undefined;
}
