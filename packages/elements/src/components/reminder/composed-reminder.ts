import type { ReminderDraft } from '@dossier/core';

/** The composed draft of `<dossier-reminder>` and the labels of the pieces it asks for. */
export interface ComposedReminder {
  readonly draft: ReminderDraft;
  readonly pieces: readonly { readonly id: string; readonly label: string }[];
}
