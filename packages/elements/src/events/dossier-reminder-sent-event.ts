import type { ReminderRecord } from '@dossier/core';

/** Detail of `dossier-reminder-sent`: a reminder was sent and recorded on its dossier. */
export interface DossierReminderSentDetail {
  readonly dossierId: string;
  readonly reminder: ReminderRecord;
}

declare global {
  interface HTMLElementEventMap {
    /** A reminder was sent through the transport and recorded in the dossier's history. */
    'dossier-reminder-sent': CustomEvent<DossierReminderSentDetail>;
  }
}
