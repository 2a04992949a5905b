import type { AppMessages } from '../i18n/app-messages.js';
import type { Toaster } from '../ui/toaster.js';
import { shortFileName } from '../ui/short-file-name.js';

/**
 * How a host listens to the Dossier elements: their `dossier-*` events bubble
 * and cross shadow roots, so one listener at the top of the page hears every
 * element, including those inside a badge's popover or a dialog.
 *
 * @returns a function that stops listening.
 */
export function listenToDossierEvents(root: HTMLElement, toaster: Toaster, messages: () => AppMessages): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  root.addEventListener(
    'dossier-document-added',
    (event) => {
      const name = event.detail.document.originalName;
      toaster.show(messages().toastDocumentAdded(shortFileName(name)), { tone: 'success', title: name });
    },
    { signal },
  );
  root.addEventListener(
    'dossier-document-rejected',
    (event) => {
      // Dossier's message already names the file: said once, shortened; the full text in the title.
      const { fileName, error } = event.detail;
      const message = fileName ? error.message.split(fileName).join(shortFileName(fileName)) : error.message;
      toaster.show(messages().toastDocumentRejected(message), { tone: 'error', title: error.message });
    },
    { signal },
  );
  root.addEventListener(
    'dossier-reminder-sent',
    (event) => {
      toaster.show(messages().toastReminderSent(event.detail.reminder.to), { tone: 'success' });
    },
    { signal },
  );
  root.addEventListener(
    'dossier-piece-added',
    (event) => {
      toaster.show(messages().toastPieceAdded(event.detail.piece.label), { tone: 'success' });
    },
    { signal },
  );
  root.addEventListener(
    'dossier-piece-removed',
    (event) => {
      toaster.show(messages().toastPieceRemoved(event.detail.piece.label));
    },
    { signal },
  );
  return () => controller.abort();
}
