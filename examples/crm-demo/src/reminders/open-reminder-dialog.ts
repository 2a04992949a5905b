import type { ReminderDraft } from '@dossier/core';
import type { AppContext } from '../app/app-context.js';
import { h } from '../dom/h.js';
import { openModalDialog } from '../ui/modal-dialog.js';
import { openSentOutbox, portalLinkIn } from './open-sent-outbox.js';

/**
 * Opens the reminder composer of a dossier in a dialog: `<dossier-reminder>`
 * prefilled by Dossier, sent through the CRM's outbox. Closes once sent (the
 * host's `dossier-reminder-sent` listener tells the person).
 */
export function openReminderDialog(
  context: AppContext,
  dossierId: string,
  clientName: string,
  options: { readonly returnFocus?: () => HTMLElement | null | undefined } = {},
): void {
  const reminder = h('dossier-reminder', { 'dossier-id': dossierId, '.transport': context.outbox, 'data-testid': 'reminder' });
  const modal = openModalDialog({
    title: context.t.reminderTitle(clientName),
    closeLabel: context.t.close,
    host: context.dialogHost,
    testId: 'reminder-dialog',
    wide: true,
    body: [h('p', { class: 'note' }, context.t.reminderSimulated), reminder],
    ...(options.returnFocus ? { returnFocus: options.returnFocus } : {}),
  });
  // Server mode: a reminder with an upload link ("Joindre un lien de dépôt") shows in the simulated outbox, its link to open.
  let draft: ReminderDraft | undefined;
  reminder.addEventListener('dossier-reminder-send', (event) => {
    draft = (event as CustomEvent<{ draft: ReminderDraft }>).detail.draft;
  });
  reminder.addEventListener('dossier-reminder-sent', () => {
    modal.close();
    const link = draft ? portalLinkIn(draft.body) : undefined;
    if (draft && link) openSentOutbox(context, draft, link);
  });
}
