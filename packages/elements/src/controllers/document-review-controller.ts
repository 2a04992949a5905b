import type { ReactiveController } from 'lit';
import type { CollectedDocument, RejectionReason } from '@dossier/core';
import type { DossierElement, DossierEventDetail } from '../base/dossier-element.js';

/** The events of a document's review, which the controller sends through its host. */
type ReviewEventName =
  | 'dossier-document-accept-request'
  | 'dossier-document-accepted'
  | 'dossier-document-reject-request'
  | 'dossier-document-rejected-by-review';

/** The refusal form of one document, while it is open: what was chosen so far and why it was not sent. */
export interface DocumentRejectionForm {
  readonly documentId: string;
  readonly reason: RejectionReason | '';
  /** Free text for the client; `''` where the host offers none. */
  readonly note: string;
  readonly error: string | null;
}

/** What the host element gives the controller: what differs from one element to the other. */
export interface DocumentReviewOptions {
  /** The dossier the documents belong to, for the events' detail. */
  dossierId: () => string;
  /** Sends one of the review's events (the host's own `emit`); false when a listener cancelled it. */
  emit: <K extends ReviewEventName>(name: K, detail: DossierEventDetail<K>, options?: { cancelable?: boolean }) => boolean;
  /** A person-readable message for a failure, in the host's locale. */
  errorText: (error: unknown) => string;
  /**
   * Messages of the refusal form: the reason is required; when `noteRequired` is given, the
   * reason "other" needs a note as well.
   */
  texts: () => { reasonRequired: string; noteRequired?: string };
  /** The reason `<select>` of a document's open refusal form, to focus. */
  reasonSelect: (documentId: string) => HTMLElement | null | undefined;
  /** Whether a missing reason moves focus back to the reason select (default false). */
  focusMissingReason?: boolean;
  /** Whether an action on this document is under way (default never): a click then does nothing. */
  isBusy?: (document: CollectedDocument) => boolean;
  /** Marks the document busy while its acceptance or refusal is being stored. */
  setBusy?: (document: CollectedDocument, busy: boolean) => void;
  /** Shows (a message) or clears (`undefined`) the failure of an acceptance. */
  acceptError: (document: CollectedDocument, message: string | undefined) => void;
  /** Called once a document was accepted, before `dossier-document-accepted` (an announcement…). */
  accepted?: (document: CollectedDocument) => void;
  /** Called once a document was refused, before `dossier-document-rejected-by-review`. */
  rejected?: (document: CollectedDocument) => void;
}

/**
 * A broker's review of documents waiting for it, shared by the tracker, the checklist and the
 * indexer: "Accepter", or "Refuser" with a required reason. Holds the open refusal form and runs
 * each decision: the cancelable `dossier-document-accept-request` / `dossier-document-reject-request`,
 * then the client's `documents.accept` / `documents.reject`, then `dossier-document-accepted` /
 * `dossier-document-rejected-by-review`. The host renders the buttons and the form its own way.
 */
export class DocumentReviewController implements ReactiveController {
  private current: DocumentRejectionForm | null = null;

  constructor(
    private readonly host: DossierElement,
    private readonly options: DocumentReviewOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the form is kept while the host is away, as its own state would be.
  }

  /** The open refusal form, if any. */
  get form(): DocumentRejectionForm | null {
    return this.current;
  }

  private set form(form: DocumentRejectionForm | null) {
    this.current = form;
    this.host.requestUpdate();
  }

  /** The refusal form of this document, when it is the one open. */
  formFor(documentId: string): DocumentRejectionForm | null {
    return this.current?.documentId === documentId ? this.current : null;
  }

  /** "Refuser": opens the document's refusal form, empty, and focuses its reason. */
  open(document: CollectedDocument): void {
    this.form = { documentId: document.id, reason: '', note: '', error: null };
    this.focusReason(document.id);
  }

  /** A change of the reason or the note clears the form's error. */
  edit(change: { reason?: RejectionReason | ''; note?: string }): void {
    if (this.current) this.form = { ...this.current, ...change, error: null };
  }

  /** "Annuler": closes the refusal form. */
  close(): void {
    this.form = null;
  }

  /** "Accepter": accepts a document waiting for review, unless a listener of the cancelable request says no. */
  async accept(document: CollectedDocument): Promise<void> {
    const client = this.host.activeClient;
    if (!client || this.isBusy(document)) return;
    const dossierId = this.options.dossierId();
    if (!this.options.emit('dossier-document-accept-request', { dossierId, document }, { cancelable: true })) return;
    this.options.setBusy?.(document, true);
    this.options.acceptError(document, undefined);
    try {
      const accepted = await client.documents.accept(document.id);
      this.options.accepted?.(document);
      this.options.emit('dossier-document-accepted', { dossierId, document: accepted });
    } catch (error) {
      this.options.acceptError(document, this.options.errorText(error));
    } finally {
      this.options.setBusy?.(document, false);
    }
  }

  /**
   * "Confirmer le refus": refuses the document with the open form's reason (required) and note,
   * unless a listener of the cancelable request says no. A failure keeps the form, with its error.
   */
  async reject(document: CollectedDocument): Promise<void> {
    const client = this.host.activeClient;
    const form = this.current;
    if (!client || !form || this.isBusy(document)) return;
    const texts = this.options.texts();
    const note = form.note.trim();
    if (form.reason === '') {
      this.form = { ...form, error: texts.reasonRequired };
      if (this.options.focusMissingReason) this.focusReason(document.id);
      return;
    }
    if (texts.noteRequired !== undefined && form.reason === 'other' && note === '') {
      this.form = { ...form, error: texts.noteRequired };
      return;
    }
    const dossierId = this.options.dossierId();
    const rejection = { reason: form.reason, note: note === '' ? null : note };
    if (!this.options.emit('dossier-document-reject-request', { dossierId, document, rejection }, { cancelable: true })) return;
    this.options.setBusy?.(document, true);
    try {
      const rejected = await client.documents.reject(document.id, rejection);
      this.form = null;
      this.options.rejected?.(document);
      this.options.emit('dossier-document-rejected-by-review', { dossierId, document: rejected });
    } catch (error) {
      this.form = { ...form, error: this.options.errorText(error) };
    } finally {
      this.options.setBusy?.(document, false);
    }
  }

  private isBusy(document: CollectedDocument): boolean {
    return this.options.isBusy?.(document) ?? false;
  }

  private focusReason(documentId: string): void {
    void this.host.updateComplete.then(() => this.options.reasonSelect(documentId)?.focus());
  }
}
