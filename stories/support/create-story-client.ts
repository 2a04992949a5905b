import { createDossierClient, createMemoryStorage, type DossierClient, type Locale, type StoragePort } from '@dossier/core';

/** Options of `createStoryClient`. */
export interface StoryClientOptions {
  /** Default: a fresh in-memory storage. */
  storage?: StoragePort;
  /** Locale of the client's error messages and reminders. Default `fr`. */
  locale?: Locale;
  /** Clock, to date a seeded portfolio in the past. Default: the real time. */
  now?: () => Date;
}

/** A Dossier client as a host makes one, over an in-memory storage unless told otherwise. */
export function createStoryClient(options: StoryClientOptions = {}): DossierClient {
  return createDossierClient({
    storage: options.storage ?? createMemoryStorage(),
    locale: options.locale ?? 'fr',
    ...(options.now ? { now: options.now } : {}),
  });
}
