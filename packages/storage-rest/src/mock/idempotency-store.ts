import { DossierError } from '@dossier/core';

/** An answer as the server sent it, to send again for a retried request. */
export interface StoredAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Runs each `Idempotency-Key` once and replays its answer. */
export interface IdempotencyStore {
  /**
   * The answer for `key`: `execute()`'s the first time; the stored one (or the
   * one in progress) afterwards. 5xx answers are not kept: the next attempt runs again.
   *
   * @throws DossierError `invalid-input` when `key` was used for a different body (`fingerprint`).
   */
  run(key: string, fingerprint: string, execute: () => Promise<StoredAnswer>): Promise<{ answer: StoredAnswer; replayed: boolean }>;
}

/** A store remembering the latest `max` keys. */
export function createIdempotencyStore(max = 1000): IdempotencyStore {
  const entries = new Map<string, { fingerprint: string; answer: Promise<StoredAnswer> }>();
  return {
    async run(key, fingerprint, execute) {
      const existing = entries.get(key);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          throw new DossierError('invalid-input', { field: 'Idempotency-Key', reason: 'already used for another commit' });
        }
        return { answer: await existing.answer, replayed: true };
      }
      const answer = execute();
      entries.set(key, { fingerprint, answer });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      try {
        const settled = await answer;
        if (settled.status >= 500) entries.delete(key);
        return { answer: settled, replayed: false };
      } catch (error) {
        entries.delete(key);
        throw error;
      }
    },
  };
}
