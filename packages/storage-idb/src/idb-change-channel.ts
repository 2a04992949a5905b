import type { ChangeScope } from '@dossier/core';

/** Tells other contexts about commits on one database, and hears theirs. */
export interface IdbChangeChannel {
  /** Whether changes can cross contexts at all here (BroadcastChannel exists). */
  readonly crossContext: boolean;
  /** Tells every other instance on the same database that `scope` changed. */
  post(scope: ChangeScope): void;
  close(): void;
}

const MESSAGE_TYPE = 'dossier-idb-change';

/**
 * Opens `BroadcastChannel('dossier-idb:' + name)`. Messages from other
 * instances (other tabs, or another storage on the same database in this page)
 * reach `onRemote`; the channel never echoes a post to its own sender. Foreign
 * or malformed messages are ignored.
 */
export function openIdbChangeChannel(name: string, onRemote: (scope: ChangeScope) => void): IdbChangeChannel {
  if (typeof BroadcastChannel !== 'function') return { crossContext: false, post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`dossier-idb:${name}`);
  channel.onmessage = (event: MessageEvent) => {
    const scope = readScope(event.data);
    if (scope) onRemote(scope);
  };
  return {
    crossContext: true,
    post(scope) {
      try {
        channel.postMessage({ type: MESSAGE_TYPE, dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] });
      } catch {
        // Closed channel: the commit landed; other tabs will see it on their next read.
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
