import { DossierError } from '../errors/dossier-error.js';
import type { ReminderDraft } from '../model/reminder.js';
import { assertSafeDraft } from './assert-safe-draft.js';
import type { ReminderTransport } from './reminder-transport.js';

/**
 * A transport that hands the draft to the host (its own mail API, a CRM activity…).
 * The draft is checked with {@link assertSafeDraft} first, so `send` only ever receives
 * a trimmed draft whose `to` is one valid address and whose subject has no line break.
 * Whatever `send` throws or rejects with aborts the recording.
 *
 * @param name Recorded with the reminder. Default `callback`.
 * @throws DossierError `invalid-input` when `send` is not a function or `name` is empty.
 * @example
 * const transport = createCallbackTransport((draft) => api.post('/mails', draft), 'crm-mail')
 */
export function createCallbackTransport(send: (draft: ReminderDraft) => Promise<void> | void, name = 'callback'): ReminderTransport {
  if (typeof send !== 'function') {
    throw new DossierError('invalid-input', { field: 'send', reason: 'must be a function' });
  }
  if (typeof name !== 'string' || name.trim() === '') {
    throw new DossierError('invalid-input', { field: 'name', reason: 'must be a non-empty string' });
  }
  return {
    name,
    async send(draft: ReminderDraft): Promise<void> {
      await send(assertSafeDraft(draft));
    },
  };
}
