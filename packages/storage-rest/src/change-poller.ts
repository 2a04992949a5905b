import type { ChangeFeedEntry, ChangeFeedPage } from './wire/change-feed-page.js';

/** How a change poller reads the feed and reports what it found. */
export interface ChangePollerOptions {
  /** One `GET /changes`; `since` is `undefined` on the first poll, which only learns the current position. */
  readonly poll: (since: number | undefined) => Promise<ChangeFeedPage>;
  /** Pause between the end of one poll and the start of the next. */
  readonly intervalMs: number;
  /** Called with the new entries of each poll that found some. */
  readonly onChanges: (changes: readonly ChangeFeedEntry[]) => void;
}

/** Polls the change feed while started. */
export interface ChangePoller {
  /** Starts polling from the feed's current position (changes made before are not reported). */
  start(): void;
  /** Stops polling; a poll in flight is let finish and its answer dropped. */
  stop(): void;
}

/**
 * A poller of `GET /changes`. Failed polls are retried at the next interval
 * and never reported: listeners hear of changes, not of the network. Polls
 * never overlap, so entries arrive in feed order.
 */
export function createChangePoller(options: ChangePollerOptions): ChangePoller {
  // Each start gets a generation; a loop whose generation is over exits at its next step.
  let generation = 0;
  let running = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const loop = async (mine: number) => {
    let since: number | undefined;
    while (mine === generation) {
      try {
        const page = await options.poll(since);
        if (mine !== generation) return;
        since = page.seq;
        if (page.changes.length > 0) options.onChanges(page.changes);
      } catch {
        // A failed poll (offline, server restarting) is tried again next interval.
      }
      if (mine !== generation) return;
      await sleep(options.intervalMs);
    }
  };

  return {
    start() {
      if (running) return;
      running = true;
      generation += 1;
      void loop(generation);
    },
    stop() {
      if (!running) return;
      running = false;
      generation += 1;
      wake?.();
    },
  };
}
