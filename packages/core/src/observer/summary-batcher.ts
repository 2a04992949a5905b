import type { DossierClient } from '../client/dossier-client.js';
import { MAX_SUMMARY_IDS } from '../client/summaries-api.js';
import { DossierError } from '../errors/dossier-error.js';
import type { DossierSummary } from '../model/dossier-summary.js';

interface Waiting {
  resolve(summary: DossierSummary): void;
  reject(error: unknown): void;
}

/**
 * Gathers the summaries asked for during one task (the badges of a pipeline
 * mounted in one frame) and reads them with one `client.summaries` call per
 * 1,000 ids, in the next task. Internal; reached through `summaryBatcherOf`.
 */
class SummaryBatcher {
  private waiting = new Map<string, Waiting[]>();
  private scheduled = false;

  constructor(private readonly client: DossierClient) {}

  load(dossierId: string): Promise<DossierSummary> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(dossierId);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(dossierId, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => void this.flush(), 0);
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    this.scheduled = false;
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += MAX_SUMMARY_IDS) {
      const chunk = ids.slice(start, start + MAX_SUMMARY_IDS);
      try {
        const summaries = await this.client.summaries(chunk);
        chunk.forEach((id, index) => {
          const summary = summaries[index];
          for (const waiter of batch.get(id) ?? []) {
            if (summary) waiter.resolve(summary);
            else waiter.reject(new DossierError('not-found', { kind: 'dossier', id }, { locale: this.client.locale }));
          }
        });
      } catch (error) {
        for (const id of chunk) for (const waiter of batch.get(id) ?? []) waiter.reject(error);
      }
    }
  }
}

const batchers = new WeakMap<DossierClient, SummaryBatcher>();

/** Loads one dossier's summary, batched with every other asked for in the same task on the same client. */
export function loadSummaryBatched(client: DossierClient, dossierId: string): Promise<DossierSummary> {
  let batcher = batchers.get(client);
  if (!batcher) batchers.set(client, (batcher = new SummaryBatcher(client)));
  return batcher.load(dossierId);
}
