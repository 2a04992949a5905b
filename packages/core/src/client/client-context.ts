import { DossierError, isDossierError } from '../errors/dossier-error.js';
import { toDossierError } from '../errors/to-dossier-error.js';
import { hasCoreTranslation } from '../i18n/core-locale-registry.js';
import type { Locale } from '../i18n/locale.js';
import type { ReminderTemplates } from '../reminders/reminder-templates.js';
import type { StoragePort } from '../storage/storage-port.js';

/** What every part of the client shares. Internal. */
export interface ClientContext {
  readonly storage: StoragePort;
  readonly locale: Locale;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly defaultMaxBytes: number;
  readonly reminderTemplates: Partial<Record<Locale, Partial<ReminderTemplates>>>;
  /** The brokerage's name on upload links. */
  readonly cabinetName: string;
  /** The portal address of a token, if the host gave one. */
  readonly portalUrl: ((token: string) => string) | undefined;
  /** Resolves once the translation of `locale` is loaded (or known to be missing). */
  readonly localeReady: Promise<unknown>;
  /** Runs one client operation: retries on revision conflicts, localizes and types every error. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** A `not-found` error in the client's locale. */
  notFound(kind: string, id: string): DossierError;
  /** An error of `code` in the client's locale. */
  fail(code: DossierError['code'], details?: DossierError['details']): DossierError;
}

/** Attempts of one operation when a concurrent writer changed the records it read. */
const MAX_ATTEMPTS = 12;

/**
 * Waits before attempt `attempt` (2, 3…) of a conflicted operation: a random
 * delay below 2^(attempt-2) × 4 ms, at most 1 s, so that writers that conflicted
 * together do not retry in lockstep. At most about 4 s in all: a dozen writers
 * on one dossier through a slow network (each round trip hundreds of ms) all land.
 */
function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(4 * 2 ** (attempt - 2), 1000);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/** Makes the shared context of a client. Internal. */
export function createClientContext(options: Omit<ClientContext, 'run' | 'notFound' | 'fail'>): ClientContext {
  const { locale } = options;
  // French and English are always loaded: only the first operations in another language wait, once.
  let localeLoaded = hasCoreTranslation(locale);
  if (!localeLoaded) void options.localeReady.then(() => (localeLoaded = true));
  return {
    ...options,
    async run<T>(task: () => Promise<T>): Promise<T> {
      // Errors are written when thrown: the client's language must be here before the task runs.
      if (!localeLoaded) await options.localeReady;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await task();
        } catch (error) {
          // Each operation re-reads what it changes, so redoing it after a concurrent write is safe.
          if (isDossierError(error, 'conflict') && attempt < MAX_ATTEMPTS) {
            await backOff(attempt + 1);
            continue;
          }
          throw toDossierError(error, locale);
        }
      }
    },
    notFound: (kind, id) => new DossierError('not-found', { kind, id }, { locale }),
    fail: (code, details = {}) => new DossierError(code, details, { locale }),
  };
}
