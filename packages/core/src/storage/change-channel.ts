import type { ChangeScope } from './storage-change.js';

/** Tells the other contexts (tabs, workers, other instances) holding the same data about commits, and hears theirs. */
export interface ChangeChannel {
  /** Whether changes can cross contexts here at all (BroadcastChannel exists). */
  readonly crossContext: boolean;
  /** Tells every other instance on the same data that `scope` changed. */
  post(scope: ChangeScope): void;
  close(): void;
}

const MESSAGE_TYPE = 'dossier-change';

/**
 * Opens `BroadcastChannel('dossier:' + key)`, the one change channel every
 * browser adapter uses: `key` names the data (e.g. `dexie:crm-dossiers`).
 * Messages from other instances (other tabs, or another storage on the same
 * data in this page) reach `onRemote`; a channel never echoes a post to its
 * own sender. Foreign or malformed messages are ignored. Where
 * BroadcastChannel does not exist, `crossContext` is false and posts go
 * nowhere: the storage declares it in its capabilities instead of faking it.
 */
export function openChangeChannel(key: string, onRemote: (scope: ChangeScope) => void): ChangeChannel {
  if (typeof BroadcastChannel !== 'function') return { crossContext: false, post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`dossier:${key}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const scope = readScope(event.data);
    if (scope) onRemote(scope);
  };
  return {
    crossContext: true,
    post(scope) {
      try {
        channel.postMessage({ type: MESSAGE_TYPE, dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] });
      } catch {
        // A closed channel: the commit landed; other tabs see it at their next read.
      }
    },
    close: () => channel.close(),
  };
}

function readScope(data: unknown): ChangeScope | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, dossierIds, riskTypeIds } = data as Record<string, unknown>;
  if (type !== MESSAGE_TYPE || !isStringArray(dossierIds) || !isStringArray(riskTypeIds)) return undefined;
  return { dossierIds: [...dossierIds], riskTypeIds: [...riskTypeIds] };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
