import type { ChangeFeedEntry } from './wire/change-feed-page.js';

/** Commits this storage instance sent, to tell its own changes from others' in the change feed. */
export interface OwnCommits {
  /** A commit with this id is being sent. */
  begin(commitId: string): void;
  /** It landed: its feed entry is ours (it was told to listeners locally). */
  succeed(commitId: string): void;
  /**
   * It failed as far as the caller knows. Returns its feed entry if the feed
   * already showed it (it landed after all): that change must be reported as remote.
   */
  fail(commitId: string): ChangeFeedEntry | undefined;
  /** Whether a feed entry is one of ours (then it is not reported again). */
  claim(entry: ChangeFeedEntry): boolean;
}

/** Entries kept for commits whose feed entry never came (the poller was not running). */
const MAX_DONE = 1000;

/** A fresh record of own commits. */
export function createOwnCommits(): OwnCommits {
  // 'done', 'pending', or the feed entry seen while pending. Insertion order lets the oldest go first.
  const commits = new Map<string, 'done' | 'pending' | ChangeFeedEntry>();
  return {
    begin(commitId) {
      commits.set(commitId, 'pending');
    },
    succeed(commitId) {
      if (commits.get(commitId) === 'pending') {
        commits.delete(commitId);
        commits.set(commitId, 'done');
      } else {
        // Its entry was already seen while the answer was on its way: nothing more will come.
        commits.delete(commitId);
      }
      if (commits.size > MAX_DONE) {
        for (const [id, state] of commits) {
          if (commits.size <= MAX_DONE) break;
          if (state === 'done') commits.delete(id);
        }
      }
    },
    fail(commitId) {
      const state = commits.get(commitId);
      commits.delete(commitId);
      return typeof state === 'object' ? state : undefined;
    },
    claim(entry) {
      if (entry.commitId === null) return false;
      const state = commits.get(entry.commitId);
      if (state === undefined) return false;
      if (state === 'pending') commits.set(entry.commitId, entry);
      else if (state === 'done') commits.delete(entry.commitId);
      return true;
    },
  };
}
