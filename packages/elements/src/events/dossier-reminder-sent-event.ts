import type { ReminderRecord } from '@dossier/core';

/** Detail of `dossier-reminder-sent`: a reminder was sent and recorded on its dossier. */
export interface DossierReminderSentDetail {
  readonly dossierId: string;
  readonly reminder: ReminderRecord;
}

/** The `dossier-reminder-sent` event: a reminder was sent through the transport and recorded in the dossier's history. */
export type DossierReminderSentEvent = CustomEvent<DossierReminderSentDetail>;
