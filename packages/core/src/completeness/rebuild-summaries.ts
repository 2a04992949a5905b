import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { ReminderRecord } from '../model/reminder.js';
import type { ReminderSchedule } from '../model/reminder-schedule.js';
import { summarizeDossierRecords } from './summarize-dossier-records.js';

/** Every record a storage holds that summaries are computed from. */
export interface SummarySources {
  readonly dossiers: readonly Dossier[];
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
  /** The summaries stored so far: each rebuilt one takes the next revision (and keeps `lastReminderAt` and `reminders` unless both lists below are given). */
  readonly summaries: readonly DossierSummary[];
  /** Every reminder, given with `schedules` to recompute what summaries say of reminders. */
  readonly reminders?: readonly ReminderRecord[];
  /** Every reminder schedule. */
  readonly schedules?: readonly ReminderSchedule[];
}

/**
 * One summary per dossier, rebuilt from the records: what a storage's schema
 * migration writes when its summaries may be missing, outdated or of an older
 * shape. Pure; the figures are those at `now` and hold at any other moment
 * through `summaryAt`.
 */
export function rebuildSummaries(sources: SummarySources, now: Date): DossierSummary[] {
  const piecesByRiskType = groupBy(sources.pieces, (piece) => piece.riskTypeId);
  const documentsByDossier = groupBy(sources.documents, (document) => document.dossierId);
  const previous = new Map(sources.summaries.map((summary) => [summary.id, summary]));
  const history =
    sources.reminders && sources.schedules
      ? {
          reminders: groupBy(sources.reminders, (reminder) => reminder.dossierId),
          schedules: new Map(sources.schedules.map((schedule) => [schedule.dossierId, schedule])),
        }
      : undefined;
  return sources.dossiers.map((dossier) => {
    const before = previous.get(dossier.id);
    return summarizeDossierRecords(
      {
        dossier,
        pieces: piecesByRiskType.get(dossier.riskTypeId) ?? [],
        documents: documentsByDossier.get(dossier.id) ?? [],
        ...(history ? { reminders: history.reminders.get(dossier.id) ?? [], schedule: history.schedules.get(dossier.id) ?? null } : {}),
        ...(before ? { previous: before } : {}),
      },
      now,
    );
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
