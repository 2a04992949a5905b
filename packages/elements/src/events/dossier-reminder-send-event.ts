import type { ReminderDraft } from '@dossier/core';

/**
 * Detail of `dossier-reminder-send`: the person asked to send a reminder. The
 * draft has already passed core's header checks (one valid address, no line
 * break in the subject). Cancelable: a host that calls `preventDefault()` takes
 * the sending over completely — the element then neither sends nor records it.
 */
export interface DossierReminderSendDetail {
  readonly dossierId: string;
  readonly draft: ReminderDraft;
}

/** The `dossier-reminder-send` event: a reminder is about to be sent through the element's transport (cancelable). */
export type DossierReminderSendEvent = CustomEvent<DossierReminderSendDetail>;
