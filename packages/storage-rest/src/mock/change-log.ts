import type { ChangeScope } from '@dossier/core/adapter';
import type { ChangeFeedEntry, ChangeFeedPage } from '../wire/change-feed-page.js';

/** The server side of the change feed: every applied commit, numbered. */
export interface ChangeLog {
  /** Records a commit; returns its sequence number. */
  append(commitId: string, scope: ChangeScope): number;
  /** The page `GET /changes?since=` answers; `since` undefined gives the current position only. */
  page(since: number | undefined): ChangeFeedPage;
}

/** A change log keeping the latest `max` entries (older ones are no longer reported). */
export function createChangeLog(max = 10_000): ChangeLog {
  const entries: ChangeFeedEntry[] = [];
  let seq = 0;
  return {
    append(commitId, scope) {
      seq += 1;
      entries.push({ seq, commitId, dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] });
      if (entries.length > max) entries.splice(0, entries.length - max);
      return seq;
    },
    page(since) {
      if (since === undefined) return { seq, changes: [] };
      return { seq, changes: entries.filter((entry) => entry.seq > since).map((entry) => ({ ...entry })) };
    },
  };
}
