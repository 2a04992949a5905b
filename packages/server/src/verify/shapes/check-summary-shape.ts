import type { DossierSummary } from '@dossier/core';
import { forged } from '../forged.js';
import { recordFields, storedText, wholeNumber } from './record-fields.js';

/**
 * A summary's outline: its keys and the structure `summaryAt` reads. Its
 * content is judged by comparing it with the server's own recomputation.
 */
export function checkSummaryShape(value: unknown): DossierSummary {
  const record = recordFields(
    value,
    'summary',
    [
      'id',
      'riskTypeId',
      'phase',
      'stage',
      'clientName',
      'contractId',
      'requiredMissing',
      'toArchive',
      'unclassified',
      'incomplete',
      'missingLabels',
      'missingPieceIds',
      'since',
      'lastReminderAt',
      'validFrom',
      'staleAt',
      'pieces',
      'revision',
    ],
    // Summaries written before reviews existed have neither `toReview` nor `reviewPending`;
    // `reminders` and `remindersExhausted` are only on dossiers with a reminder schedule.
    // Both judged by the recomputation like the rest.
    ['toReview', 'reviewPending', 'reminders', 'remindersExhausted'],
  );
  storedText(record['id'], 'summary.id');
  wholeNumber(record['revision'], 'summary.revision', 1);
  const pieces = record['pieces'];
  if (!Array.isArray(pieces) || pieces.length > 200) throw forged('pieces must be a list', 'summary.pieces');
  for (const piece of pieces) {
    const fields = recordFields(piece, 'summary.pieces', ['pieceId', 'label', 'required', 'timeline']);
    const timeline = fields['timeline'];
    if (!Array.isArray(timeline) || timeline.length === 0 || timeline.length > 4)
      throw forged('a piece timeline has one to four steps', 'summary.pieces');
    for (const step of timeline) {
      const stepFields = recordFields(step, 'summary.pieces.timeline', ['status', 'until']);
      if (stepFields['until'] !== null && (typeof stepFields['until'] !== 'string' || Number.isNaN(Date.parse(stepFields['until'])))) {
        throw forged('a timeline step ends at a timestamp or never', 'summary.pieces.timeline');
      }
    }
  }
  return value as DossierSummary;
}
