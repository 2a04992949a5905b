import { DossierError } from '../errors/dossier-error.js';
import type { ReminderDraft } from '../model/reminder.js';
import { buildMailtoUrl } from './mailto-url.js';
import type { ReminderTransport } from './reminder-transport.js';

interface BrowserGlobals {
  readonly document?: unknown;
  readonly location?: { href: string };
}

/** Hands the URL to the browser, which opens the person's mail client. */
function openInBrowser(url: string): void {
  const globals = globalThis as BrowserGlobals;
  // A worker has `location` but its `href` is read-only; only a document can navigate.
  if (globals.document === undefined || globals.location === undefined) {
    throw new DossierError('invalid-input', { field: 'transport', reason: 'no browser to open mailto: URL' });
  }
  globals.location.href = url;
}

/**
 * A transport that opens the person's mail client on a `mailto:` URL of the draft
 * ({@link buildMailtoUrl}); the person sends the message there. Recorded as `mailto`.
 *
 * @param open Opens the URL; by default sets `location.href`, and outside a browser
 *   rejects with `invalid-input` (reason "no browser to open mailto: URL").
 * @example
 * await client.reminders.send(dossierId, draft, createMailtoTransport())
 */
export function createMailtoTransport(open: (url: string) => void = openInBrowser): ReminderTransport {
  return {
    name: 'mailto',
    // async so that refusals reach callers as rejections, never as synchronous throws.
    async send(draft: ReminderDraft): Promise<void> {
      open(buildMailtoUrl(draft));
    },
  };
}
