import type { DossierSummary } from '../model/dossier-summary.js';
import type { StoragePort } from '../storage/storage-port.js';
import type { StorageRecords } from '../storage/storage-records.js';

/** Everything a storage holds that can be reached through the port, ids sorted, for comparisons. */
export interface StorageSnapshot {
  readonly riskTypes: StorageRecords['riskType'][];
  readonly pieces: StorageRecords['piece'][];
  readonly dossiers: StorageRecords['dossier'][];
  readonly documents: StorageRecords['document'][];
  readonly reminders: StorageRecords['reminder'][];
  readonly uploadLinks: StorageRecords['uploadLink'][];
  /** The reminder schedule of each dossier that has one. */
  readonly schedules: StorageRecords['reminderSchedule'][];
  /** Every stored summary, found through the audit query (so summaries without a dossier show too). */
  readonly summaries: DossierSummary[];
  /** Size of the bytes stored under each document id that has any. */
  readonly blobs: Record<string, number>;
}

/**
 * Reads a whole storage through the port: risk types, then their pieces and
 * dossiers, then each dossier's documents, reminders, reminder schedule, upload links and
 * the size of their bytes; summaries by paging the audit query over every phase without filters.
 */
export async function snapshotStorage(storage: StoragePort): Promise<StorageSnapshot> {
  const byId = <T extends { id: string }>(items: T[]): T[] => items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const riskTypes = byId(await storage.listRiskTypes());
  const pieces: StorageRecords['piece'][] = [];
  const dossiers: StorageRecords['dossier'][] = [];
  for (const riskType of riskTypes) {
    pieces.push(...(await storage.listChildren('piece', riskType.id)));
    dossiers.push(...(await storage.listChildren('dossier', riskType.id)));
  }
  const documents: StorageRecords['document'][] = [];
  const reminders: StorageRecords['reminder'][] = [];
  const uploadLinks: StorageRecords['uploadLink'][] = [];
  const blobs: Record<string, number> = {};
  for (const dossier of dossiers) {
    documents.push(...(await storage.listChildren('document', dossier.id)));
    reminders.push(...(await storage.listChildren('reminder', dossier.id)));
    uploadLinks.push(...(await storage.listChildren('uploadLink', dossier.id)));
  }
  const schedules = (
    await storage.getMany(
      'reminderSchedule',
      dossiers.map((dossier) => dossier.id),
    )
  ).filter((schedule) => schedule !== undefined);
  for (const document of documents) {
    const blob = await storage.getBlob(document.id);
    if (blob) blobs[document.id] = blob.size;
  }
  const summaries: DossierSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await storage.queryAudit({ limit: 1000, cursor });
    summaries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return {
    riskTypes,
    pieces: byId(pieces),
    dossiers: byId(dossiers),
    documents: byId(documents),
    reminders: byId(reminders),
    uploadLinks: byId(uploadLinks),
    schedules: byId(schedules),
    summaries: byId(summaries),
    blobs,
  };
}
