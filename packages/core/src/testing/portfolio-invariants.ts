import type { DossierClient } from '../client/dossier-client.js';
import { computeCompleteness } from '../completeness/compute-completeness.js';
import { summarizeDossier } from '../completeness/summarize-dossier.js';
import { summaryAt } from '../completeness/summary-at.js';
import { lastReminderAt } from '../schedules/last-reminder-at.js';
import { summarizeReminders } from '../schedules/summarize-reminders.js';
import type { DossierPhase } from '../model/dossier.js';
import type { StoragePort } from '../storage/storage-port.js';
import { compareAuditRows } from '../storage/compare-audit-rows.js';
import { stableJson } from './conformance-assert.js';
import { snapshotStorage, type StorageSnapshot } from './storage-snapshot.js';

/** What `checkPortfolioInvariants` found wrong, one sentence each; empty when all holds. */
export type Anomalies = string[];

/**
 * Checks what must hold of a storage after every operation, whatever
 * happened before (concurrent writers, faults, retries):
 *
 * - every dossier has a summary, equal to one recomputed from its records at
 *   `now` (figures, missing pieces, timelines, last reminder, what its
 *   reminder schedule plans), and every summary has a dossier;
 * - no orphan: a document's piece belongs to its dossier's risk type (or it is
 *   unclassified), its bytes are stored with its size; a piece's risk type
 *   exists; the pieces of a risk type have distinct orders;
 * - `client.audit` rows and totals (the default audit, each phase filter,
 *   the risk-type filter, both incompleteness filters) equal the
 *   recomputation's, from the first row and from an offset in the middle.
 *
 * @param client a client on `storage` whose clock says `now`.
 * @param taken a snapshot of `storage` as it is now, if the caller has one.
 */
export async function checkPortfolioInvariants(
  storage: StoragePort,
  client: DossierClient,
  now: Date,
  taken?: StorageSnapshot,
): Promise<Anomalies> {
  const anomalies: Anomalies = [];
  const snapshot = taken ?? (await snapshotStorage(storage));
  const expected = recomputedSummaries(snapshot, now, anomalies);

  const dossierIds = new Set(snapshot.dossiers.map((d) => d.id));
  for (const summary of snapshot.summaries) {
    if (!dossierIds.has(summary.id)) anomalies.push(`summary ${summary.id} has no dossier`);
  }
  for (const dossier of snapshot.dossiers) {
    const stored = snapshot.summaries.find((s) => s.id === dossier.id);
    const recomputed = expected.get(dossier.id);
    if (!stored) {
      anomalies.push(`dossier ${dossier.id} has no summary`);
      continue;
    }
    const at = summaryAt(stored, now);
    const actual = stableJson({ ...at, revision: 0 });
    const wanted = stableJson({ ...recomputed, revision: 0 });
    if (actual !== wanted)
      anomalies.push(`summary of ${dossier.id} differs from a recomputation:\n  stored:     ${actual}\n  recomputed: ${wanted}`);
  }

  const piecesByRiskType = new Map<string, Set<string>>();
  for (const piece of snapshot.pieces) {
    if (!snapshot.riskTypes.some((r) => r.id === piece.riskTypeId)) anomalies.push(`piece ${piece.id} has no risk type`);
    const ids = piecesByRiskType.get(piece.riskTypeId) ?? new Set<string>();
    ids.add(piece.id);
    piecesByRiskType.set(piece.riskTypeId, ids);
  }
  for (const riskType of snapshot.riskTypes) {
    const orders = snapshot.pieces.filter((p) => p.riskTypeId === riskType.id).map((p) => p.order);
    if (new Set(orders).size !== orders.length) anomalies.push(`pieces of ${riskType.id} share an order: ${orders.join(', ')}`);
  }
  for (const document of snapshot.documents) {
    const dossier = snapshot.dossiers.find((d) => d.id === document.dossierId);
    if (!dossier) anomalies.push(`document ${document.id} has no dossier`);
    else if (document.pieceId !== null && !piecesByRiskType.get(dossier.riskTypeId)?.has(document.pieceId)) {
      anomalies.push(`document ${document.id} is classified to ${document.pieceId}, not a piece of ${dossier.riskTypeId}`);
    }
    if (snapshot.blobs[document.id] !== document.size)
      anomalies.push(`document ${document.id} has ${snapshot.blobs[document.id] ?? 'no'} bytes stored for ${document.size}`);
  }

  // The default audit, each phase filter the elements offer, the risk-type filter, and both incompleteness filters.
  const all: DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];
  const queries: { phases: DossierPhase[]; riskTypeId?: string; onlyIncomplete: boolean; onlyRemindersExhausted?: boolean }[] = [
    { phases: ['contract'], onlyIncomplete: true },
    { phases: ['contract'], onlyIncomplete: false },
    { phases: ['proposal'], onlyIncomplete: true },
    { phases: all, onlyIncomplete: false },
    ...(snapshot.riskTypes[0] ? [{ phases: all, riskTypeId: snapshot.riskTypes[0].id, onlyIncomplete: true }] : []),
    // "Relances épuisées", as the audit element offers it.
    { phases: ['contract', 'proposal'], onlyIncomplete: true, onlyRemindersExhausted: true },
  ];
  for (const { phases, riskTypeId, onlyIncomplete, onlyRemindersExhausted } of queries) {
    const matching = [...expected.values()]
      .filter(
        (s) =>
          phases.includes(s.phase) &&
          (riskTypeId === undefined || s.riskTypeId === riskTypeId) &&
          (!onlyIncomplete || s.incomplete === 1) &&
          (!onlyRemindersExhausted || s.remindersExhausted === 1),
      )
      .sort((a, b) => compareAuditRows(a, b));
    const page = await client.audit({
      phase: phases,
      ...(riskTypeId ? { riskTypeId } : {}),
      onlyIncomplete,
      ...(onlyRemindersExhausted ? { onlyRemindersExhausted } : {}),
      limit: 1000,
    });
    const label = `audit ${JSON.stringify({ phases, riskTypeId, onlyIncomplete, onlyRemindersExhausted })}`;
    if (page.total !== matching.length) anomalies.push(`${label}: total ${page.total}, a recomputation counts ${matching.length}`);
    const rows = page.items.map((row) => `${row.id}:${row.requiredMissing}`).join(' ');
    const wanted = matching
      .slice(0, 1000)
      .map((row) => `${row.id}:${row.requiredMissing}`)
      .join(' ');
    if (rows !== wanted) anomalies.push(`${label}: rows ${rows}, a recomputation gives ${wanted}`);
    // A jump lands where paging would: rows, total and whether more follow, in the middle of the list.
    const offset = Math.max(1, Math.floor(matching.length / 2));
    {
      const jump = await client.audit({
        phase: phases,
        ...(riskTypeId ? { riskTypeId } : {}),
        onlyIncomplete,
        ...(onlyRemindersExhausted ? { onlyRemindersExhausted } : {}),
        limit: 3,
        offset,
      });
      const got = jump.items.map((row) => `${row.id}:${row.requiredMissing}`).join(' ');
      const want = matching
        .slice(offset, offset + 3)
        .map((row) => `${row.id}:${row.requiredMissing}`)
        .join(' ');
      if (got !== want || jump.total !== matching.length)
        anomalies.push(`${label} at offset ${offset}: rows ${got} of ${jump.total}, a recomputation gives ${want} of ${matching.length}`);
      if ((jump.nextCursor !== null) !== offset + 3 < matching.length)
        anomalies.push(`${label} at offset ${offset}: next cursor ${jump.nextCursor}`);
    }
  }
  return anomalies;
}

/** The summary every dossier should have at `now`, recomputed from the snapshot's records. */
function recomputedSummaries(snapshot: StorageSnapshot, now: Date, anomalies: Anomalies): Map<string, ReturnType<typeof summarizeDossier>> {
  const out = new Map<string, ReturnType<typeof summarizeDossier>>();
  for (const dossier of snapshot.dossiers) {
    const pieces = snapshot.pieces.filter((p) => p.riskTypeId === dossier.riskTypeId);
    const documents = snapshot.documents.filter((d) => d.dossierId === dossier.id);
    const reminders = snapshot.reminders.filter((r) => r.dossierId === dossier.id);
    const last = lastReminderAt(reminders);
    const schedule = snapshot.schedules.find((s) => s.dossierId === dossier.id) ?? null;
    const stored = snapshot.summaries.find((s) => s.id === dossier.id);
    if (stored && stored.lastReminderAt !== last)
      anomalies.push(`summary of ${dossier.id}: last reminder ${stored.lastReminderAt}, reminders say ${last}`);
    const planned = schedule && summarizeReminders(schedule.policy, { schedule, reminders });
    out.set(dossier.id, summarizeDossier(dossier, computeCompleteness({ dossier, pieces, documents, now }), last, 0, planned));
  }
  return out;
}
