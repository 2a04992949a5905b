import { summaryAt, type DossierSummary } from '@dossier/core';
import { summarizeDossierRecords } from '@dossier/core/adapter';
import type { CommitPlan } from './commit-plan.js';
import { forged } from './forged.js';
import { sameJson } from './same-json.js';
import type { VerificationReads } from './verification-reads.js';

/**
 * A summary is what core computes from the records the commit leaves,
 * judged time-independently: the client computed it at its own clock, the
 * server recomputes at its own, and `summaryAt` brings the sent one to the
 * server's moment before they are compared (figures, missing pieces,
 * timelines, span). What it says of reminders (`lastReminderAt`, the
 * schedule) comes from every reminder and the schedule when the commit
 * changes them, else from the previous summary.
 */
export async function checkSummary(
  sent: DossierSummary,
  previous: DossierSummary | undefined,
  plan: CommitPlan,
  reads: VerificationReads,
  now: Date,
): Promise<void> {
  const dossier = await reads.dossierAfter(sent.id);
  if (!dossier) throw forged('a summary belongs to a stored dossier', 'summary.id');
  const [pieces, documents] = await Promise.all([reads.piecesAfter(dossier.riskTypeId), reads.documentsAfter(dossier.id)]);
  const reminder = [...plan.reminders.values()].find((planned) => planned.value?.dossierId === dossier.id)?.value;
  // A commit that records a reminder or changes the schedule rewrites what the summary says of reminders, from every reminder and the schedule (as core does).
  const history = reminder !== undefined || plan.reminderSchedules.has(dossier.id);
  const expected: DossierSummary = history
    ? summarizeDossierRecords(
        {
          dossier,
          pieces,
          documents,
          reminders: await reads.remindersAfter(dossier.id),
          schedule: (await reads.scheduleAfter(dossier.id)) ?? null,
          ...(previous ? { previous } : {}),
        },
        now,
      )
    : summarizeDossierRecords({ dossier, pieces, documents, ...(previous ? { previous } : {}) }, now);
  if (!sameJson(summaryAt(sent, now), expected)) throw forged('the summary is not what its records give', 'summary');
}
