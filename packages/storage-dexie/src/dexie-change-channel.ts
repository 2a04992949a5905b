import type { ChangeScope } from '@dossier/core';

/** The cross-tab change channel of one storage instance. */
export interface DexieChangeChannel {
  /** Tells the other instances on the same database what a commit touched. */
  post(scope: ChangeScope): void;
  close(): void;
}

/**
 * Opens `BroadcastChannel('dossier:' + name)`. A channel object does not
 * receive its own messages, but other instances in the same page do, so a
 * second storage on the same database is told like another tab would be.
 * Messages that are not a well-formed scope (another script on the channel)
 * are ignored. `undefined` where BroadcastChannel does not exist.
 */
export function openDexieChangeChannel(name: string, onRemote: (scope: ChangeScope) => void): DexieChangeChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(`dossier:${name}`);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const scope = readScope(event.data);
    if (scope) onRemote(scope);
  });
  return {
    post(scope) {
      try {
        channel.postMessage({ dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] });
      } catch {
        // The commit landed; a closed channel only costs other tabs a notification.
      }
    },
    close() {
      channel.close();
    },
  };
}

function readScope(data: unknown): ChangeScope | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { dossierIds, riskTypeIds } = data as { dossierIds?: unknown; riskTypeIds?: unknown };
  if (!isStringArray(dossierIds) || !isStringArray(riskTypeIds)) return undefined;
  return { dossierIds, riskTypeIds };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
