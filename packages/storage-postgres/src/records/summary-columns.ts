import { DOSSIER_PHASES, reminderWakeAt } from '@dossier/core/adapter';
import { DossierError, sendWindowStart, type DossierPhase, type DossierSummary } from '@dossier/core';
import { toJson } from './record-columns.js';
import { requireKeyText } from './require-key-text.js';

/** A summary as a `dossier_summary` row: its audit columns and its JSON text. */
export interface SummaryColumns {
  readonly id: string;
  readonly riskTypeId: string;
  readonly phase: DossierPhase;
  readonly incomplete: 0 | 1;
  /** 1 when documents wait for review; summaries written before reviews existed have none: 0. */
  readonly reviewPending: 0 | 1;
  readonly since: string;
  /** ISO timestamps as PostgreSQL reads them (`timestamptz`), or null. */
  readonly staleAt: string | null;
  readonly validFrom: string | null;
  /** 1: "relances épuisées" (the audit's `onlyRemindersExhausted`). */
  readonly remindersExhausted: 0 | 1;
  /** When a reminder scheduler looks at the dossier again (core's `reminderWakeAt`, moved into the send window), or null. */
  readonly reminderWakeAt: string | null;
  readonly revision: number;
  readonly body: string;
}

/**
 * The row of a summary. The audit filters and sorts by these columns, so
 * they must hold what the audit compares: a known phase, `incomplete` 0 or 1,
 * a string `since`, timestamps or null.
 *
 * @throws DossierError `invalid-input` naming the first unusable field.
 */
export function summaryColumns(value: unknown): SummaryColumns {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DossierError('invalid-input', { field: 'summary', reason: 'a record object' });
  const summary = value as Record<string, unknown>;
  const id = requireKeyText(summary['id'], 'summary.id');
  const riskTypeId = requireKeyText(summary['riskTypeId'], 'summary.riskTypeId');
  const phase = summary['phase'];
  if (!DOSSIER_PHASES.includes(phase as DossierPhase))
    throw new DossierError('invalid-input', { field: 'summary.phase', reason: String(phase).slice(0, 40) });
  const incomplete = summary['incomplete'];
  if (incomplete !== 0 && incomplete !== 1) throw new DossierError('invalid-input', { field: 'summary.incomplete', reason: '0 or 1' });
  const since = requireKeyText(summary['since'], 'summary.since');
  const revision = summary['revision'];
  if (typeof revision !== 'number' || !Number.isFinite(revision)) throw new DossierError('invalid-input', { field: 'summary.revision' });
  const exhausted = summary['remindersExhausted'] ?? 0;
  if (exhausted !== 0 && exhausted !== 1)
    throw new DossierError('invalid-input', { field: 'summary.remindersExhausted', reason: '0 or 1' });
  let wakeAt: string | null;
  try {
    wakeAt = wakeTime(value as DossierSummary);
  } catch (error) {
    throw new DossierError('invalid-input', { field: 'summary.reminders' }, { cause: error });
  }
  return {
    id,
    riskTypeId,
    phase: phase as DossierPhase,
    incomplete,
    reviewPending: summary['reviewPending'] === 1 ? 1 : 0,
    since,
    staleAt: timestamp(summary['staleAt'], 'summary.staleAt'),
    validFrom: timestamp(summary['validFrom'], 'summary.validFrom'),
    remindersExhausted: exhausted,
    reminderWakeAt: wakeAt,
    revision,
    body: toJson(value, 'summary'),
  };
}

function timestamp(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new DossierError('invalid-input', { field, reason: 'an ISO timestamp or null' });
  return new Date(time).toISOString();
}

/** Core's `reminderWakeAt`, moved to the next opening of the schedule's send window: a scheduler looks no sooner. */
function wakeTime(summary: DossierSummary): string | null {
  const wake = reminderWakeAt(summary);
  if (wake === null || !summary.reminders) return null;
  const time = Date.parse(wake);
  if (Number.isNaN(time)) throw new DossierError('invalid-input', { field: 'summary.reminders', reason: 'an ISO timestamp' });
  const opening = sendWindowStart(time, summary.reminders.window);
  return opening === null ? null : new Date(opening).toISOString();
}
