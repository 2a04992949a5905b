import type { PieceStatusStep } from './completeness.js';
import type { DossierPhase } from './dossier.js';
import type { SummaryReminders } from './summary-reminders.js';

/**
 * What a summary keeps of one piece so that its figures can be worked out at
 * any moment without reading the records again (see `summaryAt`).
 */
export interface SummaryPiece {
  readonly pieceId: string;
  readonly label: string;
  readonly required: boolean;
  /** The piece's status over time (see `PieceStatus.timeline`). */
  readonly timeline: readonly PieceStatusStep[];
}

/**
 * Stored aggregate of one dossier, written by core in the same atomic commit as
 * every change that alters it. It serves the indexed audit query.
 *
 * Its figures (`requiredMissing`, `incomplete`, `missingPieceIds`…) are those
 * of the moment it was computed, and hold from `validFrom` until `staleAt`.
 * Outside that span only time changed them (a document expired): `summaryAt`
 * works them out from `pieces`, and the audit does so for every summary whose
 * span does not hold the moment asked about.
 */
export interface DossierSummary {
  /** Same as the dossier id. */
  readonly id: string;
  readonly riskTypeId: string;
  readonly phase: DossierPhase;
  readonly stage: string | null;
  readonly clientName: string;
  readonly contractId: string | null;
  readonly requiredMissing: number;
  readonly toArchive: number;
  readonly unclassified: number;
  /** Documents waiting for the broker's review; absent on summaries written before reviews existed (none). */
  readonly toReview?: number;
  /** 1 when a document waits for review, else 0 (a number, so it can be indexed); absent: 0. */
  readonly reviewPending?: 0 | 1;
  /** 1 when a required piece is missing, expired or waiting for review, else 0 (a number, so it can be indexed). */
  readonly incomplete: 0 | 1;
  /** Labels of the missing required pieces, in piece order. */
  readonly missingLabels: readonly string[];
  readonly missingPieceIds: readonly string[];
  /** Audit sort key: when the dossier started waiting (conversion, else opening). ISO timestamp. */
  readonly since: string;
  /** When the client was last reminded (manual or automatic; an escalation to the broker does not count). ISO timestamp. */
  readonly lastReminderAt: string | null;
  /** From when the figures hold (ISO, inclusive); `null`: since always. */
  readonly validFrom?: string | null;
  /** When the figures stop holding, by time alone (a document expiring; ISO, exclusive); `null`: never. */
  readonly staleAt: string | null;
  /**
   * The pieces whose status changes with time and the required pieces missing
   * for good, in piece order. Absent on summaries written by hand (then the
   * figures are taken as they are).
   */
  readonly pieces?: readonly SummaryPiece[];
  /**
   * The dossier's automatic reminders; absent when no schedule was started
   * (and on summaries written before schedules existed).
   */
  readonly reminders?: SummaryReminders | null;
  /**
   * 1 when every step of the schedule went (or its maximum was reached), the
   * dossier is open (proposal or contract), its schedule is not stopped, and a
   * required piece is still missing ("relances épuisées"); else 0. A number, so
   * that it can be indexed. Absent means 0.
   */
  readonly remindersExhausted?: 0 | 1;
  readonly revision: number;
}
