import type { DossierPhase } from '../model/dossier.js';
import type { SummaryReminders } from '../model/summary-reminders.js';

/**
 * "Relances épuisées": 1 when the dossier is open (proposal or contract),
 * still misses a required piece, has a schedule that is not stopped, and that
 * schedule has no step left; else 0.
 */
export function remindersExhausted(reminders: SummaryReminders | null | undefined, phase: DossierPhase, incomplete: 0 | 1): 0 | 1 {
  if (!reminders || reminders.state === 'stopped' || incomplete !== 1) return 0;
  if (phase !== 'proposal' && phase !== 'contract') return 0;
  return reminders.dueFrom === null ? 1 : 0;
}
