import type { ReminderMessages } from './dossier-reminder.messages.js';

/**
 * A message of `<dossier-reminder>` kept as what it says rather than its words: the view puts it
 * in the active locale when it renders, so the element needs none of its texts.
 */
export type ReminderText = (t: ReminderMessages) => string;
