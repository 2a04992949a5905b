import type { ChangeScope } from '@dossier/core/adapter';

/** The channel every commit notifies on; payloads name their tenant. */
export const CHANGE_CHANNEL = 'dossier_changes';
/** PostgreSQL refuses payloads of 8000 bytes or more; larger scopes are read from the feed instead. */
const MAX_PAYLOAD = 7800;

/** What a commit tells other connections through `NOTIFY`. */
export interface ChangeNotification {
  readonly tenantId: string;
  /** The storage instance that committed: it has told its own listeners already. */
  readonly sourceId: string;
  /** The commit's position in the tenant's feed. */
  readonly seq: number;
  /** The scope, unless it was too large to travel (then read it from the feed by `seq`). */
  readonly scope?: ChangeScope;
}

/** The `NOTIFY` payload of a change. */
export function encodeChangeNotification(change: Required<ChangeNotification>): string {
  const full = JSON.stringify({
    t: change.tenantId,
    s: change.sourceId,
    q: change.seq,
    d: change.scope.dossierIds,
    r: change.scope.riskTypeIds,
  });
  if (Buffer.byteLength(full) <= MAX_PAYLOAD) return full;
  return JSON.stringify({ t: change.tenantId, s: change.sourceId, q: change.seq });
}

/** A payload read back, or `undefined` when it is not one of ours. */
export function decodeChangeNotification(payload: string): ChangeNotification | undefined {
  try {
    const raw = JSON.parse(payload) as { t?: unknown; s?: unknown; q?: unknown; d?: unknown; r?: unknown } | null;
    if (typeof raw?.t !== 'string' || typeof raw.s !== 'string' || typeof raw.q !== 'number') return undefined;
    const ids = (value: unknown): string[] | undefined =>
      Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : undefined;
    const dossierIds = ids(raw.d);
    const riskTypeIds = ids(raw.r);
    return {
      tenantId: raw.t,
      sourceId: raw.s,
      seq: raw.q,
      ...(dossierIds && riskTypeIds ? { scope: { dossierIds, riskTypeIds } } : {}),
    };
  } catch {
    return undefined;
  }
}
