import type { DossierPhase } from './dossier.js';

/**
 * Stored aggregate of one dossier, written by core in the same atomic commit as
 * every change that alters it. It serves the indexed audit query.
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
  /** 1 when a required piece is missing or expired, else 0 (a number, so it can be indexed). */
  readonly incomplete: 0 | 1;
  /** Labels of the missing required pieces, in piece order. */
  readonly missingLabels: readonly string[];
  readonly missingPieceIds: readonly string[];
  /** Audit sort key: when the dossier started waiting (conversion, else opening). ISO timestamp. */
  readonly since: string;
  readonly lastReminderAt: string | null;
  /** When the stored figures may change by time alone (a document expiring). */
  readonly staleAt: string | null;
  readonly revision: number;
}
