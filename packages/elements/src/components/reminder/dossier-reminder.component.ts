import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  assertSafeDraft,
  createMailtoTransport,
  fillUploadLink,
  isDossierError,
  type DossierReminderPlan,
  type ReminderDraft,
  type ReminderRecord,
  type ReminderTransport,
} from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { mailtoBlockedBySandbox } from '../../frame/mailto-blocked-by-sandbox.js';
import type { ComposedReminder } from './composed-reminder.js';
import type { DraftField } from './draft-field.js';
import { HEADER_BREAK } from './header-break.js';
import type { ReminderText } from './reminder-text.js';

/**
 * @tagname dossier-reminder
 * @summary The reminder composer of one dossier: prefilled, editable, sent through a transport, with its history.
 *
 * Prefilled from `client.reminders.compose` (the client's address, a subject and a
 * body naming the contract and listing the missing pieces). Every field is editable;
 * "Envoyer" sends through `transport` (by default core's `mailto:` transport, which
 * opens the person's mail client) and records the reminder on the dossier.
 * Unsafe headers (a line break in the address or subject, an invalid address) are
 * refused with a message next to the field, and the person's text is kept.
 * It is an inline composer: a host that wants a dialog puts it in one.
 *
 * Switching the locale composes the draft again in the new locale.
 *
 * @fires {DossierReminderSendEvent} dossier-reminder-send - Cancelable, before sending. Detail: `{ dossierId, draft }`. When a listener calls
 *   `preventDefault()`, the host takes over completely: the element sends nothing and records nothing.
 * @fires {DossierReminderSentEvent} dossier-reminder-sent - After the transport sent it and it was recorded. Detail: `{ dossierId, reminder }`.
 *
 * @csspart form - The composer form.
 * @csspart field - Each label + control + message group.
 * @csspart input - The To and Subject inputs.
 * @csspart textarea - The body.
 * @csspart field-error - The message shown under a refused field.
 * @csspart pieces - The list of requested pieces.
 * @csspart send-button - The "Envoyer" button.
 * @csspart link-button - "Joindre un lien de dépôt": shown when the client makes portal addresses (`portalUrl`);
 *   creates an upload link for the ticked pieces and puts its address in the message, where `{lien}` / `{link}` stands.
 * @csspart link-status - What became of the link (announced).
 * @csspart status - The sending result line (announced).
 * @csspart history - The list of earlier reminders.
 * @csspart history-item - One earlier reminder.
 * @csspart history-origin - How an earlier reminder was sent (manual, automatic step, broker alert).
 * @csspart automatic - The "Relances automatiques" section: status, next date, start / pause / resume.
 * @csspart automatic-status - Where the automatic reminders stand.
 * @csspart next-reminder - "Prochaine relance le …".
 * @csspart automatic-button - Starts, pauses or resumes the automatic reminders.
 *
 * @cssproperty --dossier-reminder-body-rows-height - Height of the body textarea. Default `12rem`.
 * @cssproperty --dossier-accent - Colour of the "Envoyer" button.
 * @cssproperty --dossier-danger - Colour of field errors.
 */
export class DossierReminder extends DossierElement {
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-reminder.view.js'));

  /** The dossier to remind about (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** How reminders leave; default core's `createMailtoTransport()`. */
  @property({ attribute: false }) transport?: ReminderTransport;

  @state() protected to = '';
  @state() protected subject = '';
  @state() protected body = '';
  @state() protected pieceIds: readonly string[] = [];
  @state() protected fieldErrors: Partial<Record<DraftField, ReminderText>> = {};
  @state() protected sending = false;
  @state() protected status: { kind: 'sent' | 'error'; text: ReminderText } | undefined;
  /** The upload link put in this draft ("Joindre un lien de dépôt"), while it is being created or once it is in. */
  @state() protected link:
    { state: 'creating' } | { state: 'attached'; text: ReminderText } | { state: 'error'; text: ReminderText } | undefined;

  /** The composed reminder the fields were last filled from. */
  protected filledFrom: ComposedReminder | undefined;

  // Composed once per dossier and locale: a change elsewhere must never overwrite what the person is typing.
  protected readonly composer = new DossierQueryController<ComposedReminder>(this, {
    key: () => [this.dossierId, this.activeLocale],
    load: async (client) => {
      const [draft, completeness] = await Promise.all([
        client.reminders.compose(this.dossierId, { locale: this.activeLocale }),
        client.completeness(this.dossierId),
      ]);
      const labels = new Map(completeness.pieces.map((p) => [p.pieceId, p.label]));
      return { draft, pieces: draft.pieceIds.map((id) => ({ id, label: labels.get(id) ?? id })) };
    },
    affectedBy: () => false,
  });

  protected readonly history = new DossierQueryController<ReminderRecord[]>(this, {
    key: () => this.dossierId,
    load: (client) => client.reminders.list(this.dossierId),
    affectedBy: (event) => event.dossierIds.includes(this.dossierId),
  });

  protected readonly plan = new DossierQueryController<DossierReminderPlan>(this, {
    key: () => this.dossierId,
    load: (client) => client.reminders.plan(this.dossierId),
    affectedBy: (event) => event.dossierIds.includes(this.dossierId),
  });

  @state() protected scheduling = false;
  @state() protected scheduleError: string | undefined;

  /** The draft as the person edited it. */
  get draft(): ReminderDraft {
    return { to: this.to, subject: this.subject, body: this.body, pieceIds: [...this.pieceIds] };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const composed = this.composer.value;
    if (composed && composed !== this.filledFrom) {
      this.filledFrom = composed;
      this.to = composed.draft.to;
      this.subject = composed.draft.subject;
      this.body = composed.draft.body;
      this.pieceIds = [...composed.draft.pieceIds];
      this.fieldErrors = {};
      this.status = undefined;
      this.link = undefined;
    }
  }

  /**
   * Creates an upload link for the ticked pieces and puts its address in the message where its
   * placeholder (`{lien}`, `{link}`…) stands, or at the end. Once per draft: the button then says so.
   */
  async attachLink(): Promise<void> {
    const client = this.activeClient;
    if (!client || this.link?.state === 'creating' || this.link?.state === 'attached') return;
    if (this.pieceIds.length === 0) {
      this.link = { state: 'error', text: (t) => t.uploadLink.noPieces };
      return;
    }
    this.link = { state: 'creating' };
    try {
      const created = await client.uploadLinks.create(this.dossierId, { pieceIds: this.pieceIds });
      if (!created.url) throw new Error('no portal address');
      this.body = fillUploadLink(this.body, created.url);
      if (this.fieldErrors.body) this.fieldErrors = { ...this.fieldErrors, body: undefined };
      const days = Math.round((Date.parse(created.link.expiresAt) - Date.parse(created.link.createdAt)) / 86_400_000);
      this.link = { state: 'attached', text: (t) => t.uploadLink.attached(days) };
    } catch (error) {
      const reason = isDossierError(error) ? this.errorText(error) : '';
      this.link = { state: 'error', text: (t) => `${t.uploadLink.failed} ${reason}`.trim() };
    }
  }

  /** Checks the draft, lets the host veto, sends through the transport and records it. */
  async send(): Promise<ReminderRecord | undefined> {
    const client = this.activeClient;
    if (!client || this.sending || this.composer.status !== 'ready') return undefined;
    this.status = undefined;
    let draft: ReminderDraft;
    try {
      draft = assertSafeDraft(this.draft, this.activeLocale);
    } catch (error) {
      this.refuse(error);
      return undefined;
    }
    this.fieldErrors = {};
    if (!this.emit('dossier-reminder-send', { dossierId: this.dossierId, draft }, { cancelable: true })) return undefined;
    // The browser would drop the mailto: navigation silently and the reminder be recorded as sent.
    if (!this.transport && mailtoBlockedBySandbox(this.ownerDocument.defaultView)) {
      this.status = { kind: 'error', text: (t) => `${t.sendFailed} ${t.mailtoBlocked}` };
      return undefined;
    }
    this.sending = true;
    try {
      const reminder = await client.reminders.send(this.dossierId, draft, this.transport ?? createMailtoTransport());
      this.status = { kind: 'sent', text: (t) => t.sent(reminder.to) };
      this.emit('dossier-reminder-sent', { dossierId: this.dossierId, reminder });
      return reminder;
    } catch (error) {
      this.refuse(error);
      return undefined;
    } finally {
      this.sending = false;
    }
  }

  /** Shows why sending was refused: next to the field at fault when there is one. */
  private refuse(error: unknown): void {
    const field =
      isDossierError(error) && (error.code === 'unsafe-header' || error.code === 'invalid-input') ? error.details.field : undefined;
    if (field === 'to' || field === 'subject' || field === 'body') {
      this.fieldErrors = { ...this.fieldErrors, [field]: this.fieldMessage(field, error) };
      this.status = { kind: 'error', text: (t) => t.sendFailed };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus());
      return;
    }
    const reason = this.errorText(error);
    this.status = { kind: 'error', text: (t) => `${t.sendFailed} ${reason}` };
  }

  /** Why `field` was refused, from what it holds now. */
  private fieldMessage(field: DraftField, error: unknown): ReminderText {
    const value = this[field];
    const reason = this.errorText(error);
    switch (field) {
      case 'to':
        return HEADER_BREAK.test(value) ? (t) => t.fieldErrors.toLineBreak : (t) => t.fieldErrors.toInvalid;
      case 'subject':
        if (HEADER_BREAK.test(value)) return (t) => t.fieldErrors.subjectLineBreak;
        return value.trim() === '' ? (t) => t.fieldErrors.subjectEmpty : () => reason;
      case 'body':
        return value.trim() === '' ? (t) => t.fieldErrors.bodyEmpty : () => reason;
    }
  }
}
