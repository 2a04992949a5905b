import type { StoragePort } from '@dossier/core';
import type { CrmBacking } from '../crm/crm-store.js';
import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import type { DemoStorageKind } from './demo-storage-kind.js';

/** IndexedDB database of the Dexie mode. */
const DEXIE_NAME = 'courtage-martin-crm';

/** The storage the demo's Dossier client runs on. */
export interface DemoStorage {
  readonly kind: DemoStorageKind;
  readonly storage: StoragePort;
  /** Deletes every stored record of this mode. Call it after `client.close()`. */
  erase(): Promise<void>;
  /** Where the CRM's own records live in this mode, when not in this browser's `localStorage`. */
  readonly crmBacking?: CrmBacking;
  /**
   * Server mode only (development): moves the reference server's clock by `days`, running its
   * reminder scheduler hour by hour; resolves with the e-mails its simulated outbox received meanwhile.
   */
  advanceClock?(days: number): Promise<readonly DemoSentReminder[]>;
  /** Server mode only: the address of the client's page of an upload link's token (the client's `portalUrl`). */
  readonly portalUrl?: (token: string) => string;
  /**
   * Server mode only: the reference server's demo clock, which "Avancer l'horloge" moves on. The
   * client's clock follows it, so that what the browser dates (an upload link's expiry, an expired
   * attestation) agrees with the server.
   */
  readonly now?: () => Date;
}

/** An automatic e-mail of the server's simulated outbox. */
export interface DemoSentReminder {
  readonly to: string;
  readonly subject: string;
  readonly sentAt: string;
}

/**
 * Opens the storage of the chosen mode: `dexie` is `@dossier/storage-dexie`,
 * the embedded default; `rest` is `@dossier/storage-rest` against a mocked
 * server (loaded only then, so the Dexie mode never downloads msw); `server`
 * is `@dossier/storage-rest` against the reference server `npm start` runs.
 * `onClosedElsewhere` is told when another tab deleted or upgraded the database.
 */
export async function openDemoStorage(kind: DemoStorageKind, onClosedElsewhere: () => void): Promise<DemoStorage> {
  if (kind === 'rest') {
    const { openRestDemoStorage } = await import('./open-rest-demo-storage.js');
    return openRestDemoStorage(onClosedElsewhere);
  }
  if (kind === 'server') {
    const { openServerDemoStorage } = await import('./open-server-demo-storage.js');
    return openServerDemoStorage();
  }
  return {
    kind,
    storage: createDexieStorage({ name: DEXIE_NAME, onVersionChange: onClosedElsewhere }),
    erase: () => deleteDexieStorage(DEXIE_NAME),
  };
}
