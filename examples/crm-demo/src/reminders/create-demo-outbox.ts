import { createCallbackTransport, type ReminderDraft, type ReminderTransport } from '@dossier/core';

/**
 * The CRM's reminder transport: a real CRM would post the draft to its mail
 * service; the demo keeps it in the console instead, so nothing leaves.
 * Dossier records the reminder in the dossier's history either way.
 */
export function createDemoOutbox(): ReminderTransport {
  return createCallbackTransport((draft: ReminderDraft) => {
    console.info('[Courtage Martin] Relance envoyée (simulée)', { to: draft.to, subject: draft.subject });
  }, 'crm-demo-outbox');
}
