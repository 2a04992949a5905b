import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { reminder as reminderFr } from './dossier-reminder.messages.fr.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { mailtoBlockedBySandbox } from '../../frame/mailto-blocked-by-sandbox.js';
import { isFormField } from '../../realm/is-form-field.js';
import { type ReminderMessages } from './dossier-reminder.messages.js';
import { reminderStyles } from './dossier-reminder.styles.js';

/** A fields of the composer that core may refuse. */
type DraftField = 'to' | 'subject' | 'body';

/** The composed draft and the labels of the pieces it asks for. */
interface ComposedReminder {
  readonly draft: ReminderDraft;
  readonly pieces: readonly { readonly id: string; readonly label: string }[];
}

/**
 * Characters that would start a new mail header in some mail clients. Only used to
 * pick the clearest message; core's `assertSafeDraft` decides what is refused.
 */
const HEADER_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;

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
  static override styles = [...DossierElement.styles, reminderStyles];

  /** The dossier to remind about (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** How reminders leave; default core's `createMailtoTransport()`. */
  @property({ attribute: false }) transport?: ReminderTransport;

  @state() private to = '';
  @state() private subject = '';
  @state() private body = '';
  @state() private pieceIds: readonly string[] = [];
  @state() private fieldErrors: Partial<Record<DraftField, string>> = {};
  @state() private sending = false;
  @state() private status: { kind: 'sent' | 'error'; text: string } | undefined;
  /** The upload link put in this draft ("Joindre un lien de dépôt"), while it is being created or once it is in. */
  @state() private link: { state: 'creating' } | { state: 'attached'; text: string } | { state: 'error'; text: string } | undefined;

  /** The composed reminder the fields were last filled from. */
  private filledFrom: ComposedReminder | undefined;

  // Composed once per dossier and locale: a change elsewhere must never overwrite what the person is typing.
  private readonly composer = new DossierQueryController<ComposedReminder>(this, {
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

  private readonly history = new DossierQueryController<ReminderRecord[]>(this, {
    key: () => this.dossierId,
    load: (client) => client.reminders.list(this.dossierId),
    affectedBy: (event) => event.dossierIds.includes(this.dossierId),
  });

  private readonly plan = new DossierQueryController<DossierReminderPlan>(this, {
    key: () => this.dossierId,
    load: (client) => client.reminders.plan(this.dossierId),
    affectedBy: (event) => event.dossierIds.includes(this.dossierId),
  });

  @state() private scheduling = false;
  @state() private scheduleError: string | undefined;

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

  protected override render(): TemplateResult<1> {
    const t = this.text('reminder', reminderFr);
    const common = this.text('common', commonFr);
    const { status, value, error } = this.composer;
    if (status === 'no-client') return html`<p class="error" role="alert">${common.noClient}</p>`;
    return html`
      ${
        status === 'error'
          ? html`<div class="state error" role="alert" part="status">
            <span>${this.errorText(error)}</span>
            <button type="button" class="secondary" @click=${() => this.reloadAll()}>${common.retry}</button>
          </div>`
          : status === 'loading' || !value
            ? html`<p class="state" aria-busy="true" role="status">${common.loading}</p>`
            : this.renderForm(t, value)
      }
      ${this.renderAutomatic(t, status === 'error')}
      ${this.renderHistory(t, common.loading, status === 'error')}
    `;
  }

  private renderForm(t: ReminderMessages, composed: ComposedReminder) {
    const errors = this.fieldErrors;
    return html`
      <form part="form" novalidate aria-label=${t.title} @submit=${this.onSubmit} @keydown=${this.onFormKeydown}>
        <div part="field" class="field">
          <label for="to">${t.to}</label>
          <input
            id="to"
            part="input"
            type="email"
            autocomplete="off"
            .value=${this.to}
            aria-invalid=${errors.to ? 'true' : 'false'}
            aria-describedby=${errors.to ? 'to-error' : nothing}
            @input=${(e: Event) => this.edit('to', (e.target as HTMLInputElement).value)}
            @paste=${(e: ClipboardEvent) => this.onHeaderPaste('to', e)}
          />
          ${errors.to ? html`<p id="to-error" part="field-error" class="error">${errors.to}</p>` : nothing}
        </div>
        <div part="field" class="field">
          <label for="subject">${t.subject}</label>
          <input
            id="subject"
            part="input"
            type="text"
            autocomplete="off"
            .value=${this.subject}
            aria-invalid=${errors.subject ? 'true' : 'false'}
            aria-describedby=${errors.subject ? 'subject-error' : nothing}
            @input=${(e: Event) => this.edit('subject', (e.target as HTMLInputElement).value)}
            @paste=${(e: ClipboardEvent) => this.onHeaderPaste('subject', e)}
          />
          ${errors.subject ? html`<p id="subject-error" part="field-error" class="error">${errors.subject}</p>` : nothing}
        </div>
        <div part="field" class="field">
          <label for="body">${t.body}</label>
          <textarea
            id="body"
            part="textarea"
            .value=${this.body}
            aria-invalid=${errors.body ? 'true' : 'false'}
            aria-describedby=${errors.body ? 'body-error' : nothing}
            @input=${(e: Event) => this.edit('body', (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${errors.body ? html`<p id="body-error" part="field-error" class="error">${errors.body}</p>` : nothing}
        </div>
        <fieldset part="pieces" class="pieces">
          <legend>${t.pieces}</legend>
          ${
            composed.pieces.length === 0
              ? html`<p class="muted">${t.noPieces}</p>`
              : html`<p class="muted hint">${t.piecesHint}</p>
                <ul>
                  ${composed.pieces.map(
                    (piece) => html`<li>
                      <label>
                        <input
                          type="checkbox"
                          .checked=${this.pieceIds.includes(piece.id)}
                          @change=${(e: Event) => this.togglePiece(piece.id, (e.target as HTMLInputElement).checked)}
                        />
                        <span>${piece.label}</span>
                      </label>
                    </li>`,
                  )}
                </ul>`
          }
        </fieldset>
        ${this.renderLinkAction(t)}
        <div class="actions">
          <button part="send-button" type="submit" class="primary" @click=${this.onSendClick} aria-disabled=${this.sending ? 'true' : 'false'} aria-busy=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : t.send}
          </button>
          <p part="status" role="status" class=${this.status?.kind === 'error' ? 'error' : 'success'}>${this.status?.text ?? ''}</p>
        </div>
      </form>
    `;
  }

  /** "Joindre un lien de dépôt", when links this client makes have a portal address. */
  private renderLinkAction(t: ReminderMessages) {
    if (!this.activeClient?.uploadLinks.hasPortalUrl) return nothing;
    const u = t.uploadLink;
    const link = this.link;
    const busy = link?.state === 'creating';
    const done = link?.state === 'attached';
    return html`<div class="link-action">
      <button
        part="link-button"
        type="button"
        class="secondary"
        aria-describedby="link-hint"
        aria-disabled=${busy || done ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${this.onAttachLink}
      >
        ${busy ? u.attaching : u.attach}
      </button>
      <p id="link-hint" class="muted hint">${u.hint}</p>
      <p part="link-status" role="status" class=${link?.state === 'error' ? 'error' : 'success'}>${link && link.state !== 'creating' ? link.text : ''}</p>
    </div>`;
  }

  private readonly onAttachLink = (): void => {
    void this.attachLink();
  };

  /**
   * Creates an upload link for the ticked pieces and puts its address in the message where its
   * placeholder (`{lien}`, `{link}`…) stands, or at the end. Once per draft: the button then says so.
   */
  async attachLink(): Promise<void> {
    const client = this.activeClient;
    if (!client || this.link?.state === 'creating' || this.link?.state === 'attached') return;
    const u = this.text('reminder', reminderFr).uploadLink;
    if (this.pieceIds.length === 0) {
      this.link = { state: 'error', text: u.noPieces };
      return;
    }
    this.link = { state: 'creating' };
    try {
      const created = await client.uploadLinks.create(this.dossierId, { pieceIds: this.pieceIds });
      if (!created.url) throw new Error('no portal address');
      this.body = fillUploadLink(this.body, created.url);
      if (this.fieldErrors.body) this.fieldErrors = { ...this.fieldErrors, body: undefined };
      const days = Math.round((Date.parse(created.link.expiresAt) - Date.parse(created.link.createdAt)) / 86_400_000);
      this.link = { state: 'attached', text: u.attached(days) };
    } catch (error) {
      this.link = { state: 'error', text: `${u.failed} ${isDossierError(error) ? this.errorText(error) : ''}`.trim() };
    }
  }

  private renderHistory(t: ReminderMessages, loading: string, composeFailed: boolean) {
    const { status, value, error } = this.history;
    if (status === 'no-client') return nothing;
    // An unknown dossier fails both queries: its message is shown once, above.
    if (status === 'error' && composeFailed) return nothing;
    const dates = new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<section class="history" aria-labelledby="history-title">
      <h3 id="history-title">${t.history}</h3>
      ${
        status === 'error'
          ? html`<p class="error" role="alert">${this.errorText(error)}</p>`
          : status === 'loading' || !value
            ? html`<p class="muted" aria-busy="true">${loading}</p>`
            : value.length === 0
              ? html`<p class="muted">${t.noHistory}</p>`
              : html`<ol part="history">
                ${value.map(
                  (reminder) => html`<li part="history-item">
                    <time datetime=${reminder.sentAt}>${dates.format(new Date(reminder.sentAt))}</time>
                    <span class="subject">${reminder.subject}</span>
                    <span part="history-origin" class="origin">${reminder.origin === 'automatic' ? t.origin.automatic(reminder.step ?? 0) : reminder.origin === 'escalation' ? t.origin.escalation : t.origin.manual}</span>
                    <span class="muted">${t.sentTo(reminder.to)}</span>
                  </li>`,
                )}
              </ol>`
      }
    </section>`;
  }

  /** "Relances automatiques": where the schedule stands, the next date, and start / pause / resume. */
  private renderAutomatic(t: ReminderMessages, composeFailed: boolean) {
    const { status, value, error } = this.plan;
    if (status === 'no-client' || (status === 'error' && composeFailed)) return nothing;
    const a = t.automatic;
    const dates = new Intl.DateTimeFormat(this.intlLocale, { dateStyle: 'long', timeStyle: 'short' });
    let action: { label: string; run: 'schedule' | 'pause' | 'resume' } | undefined;
    if (value?.status === 'unscheduled' || value?.status === 'stopped') action = { label: a.start, run: 'schedule' };
    else if (value?.schedule?.state === 'active' && value.status !== 'closed') action = { label: a.pause, run: 'pause' };
    else if (value?.status === 'paused') action = { label: a.resume, run: 'resume' };
    return html`<section part="automatic" class="automatic" aria-labelledby="automatic-title" aria-busy=${this.scheduling || status === 'loading' ? 'true' : 'false'}>
      <h3 id="automatic-title">${a.title}</h3>
      ${
        status === 'error'
          ? html`<p class="error" role="alert">${this.errorText(error)}</p>`
          : !value
            ? nothing
            : html`<p part="automatic-status">${a.status[value.status]}</p>
              ${
                value.nextAt
                  ? html`<p part="next-reminder"><time datetime=${value.nextAt}>${a.next(dates.format(new Date(value.nextAt)))}</time></p>`
                  : nothing
              }
              ${
                action
                  ? html`<button type="button" part="automatic-button" class="secondary" ?disabled=${this.scheduling} @click=${() => this.changeSchedule(action.run)}>${action.label}</button>`
                  : nothing
              }
              <p class="error" role="status">${this.scheduleError ?? ''}</p>`
      }
    </section>`;
  }

  /** Starts, pauses or resumes the dossier's automatic reminders. */
  private async changeSchedule(run: 'schedule' | 'pause' | 'resume'): Promise<void> {
    const client = this.activeClient;
    if (!client || this.scheduling) return;
    this.scheduling = true;
    this.scheduleError = undefined;
    try {
      if (run === 'schedule') await client.reminders.schedule(this.dossierId);
      else if (run === 'pause') await client.reminders.pause(this.dossierId);
      else await client.reminders.resume(this.dossierId);
    } catch (error) {
      this.scheduleError = `${this.text('reminder', reminderFr).automatic.failed} ${this.errorText(error)}`;
    } finally {
      this.scheduling = false;
      void this.plan.reload();
    }
  }

  private edit(field: DraftField, value: string): void {
    this[field] = value;
    if (this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
  }

  private togglePiece(pieceId: string, checked: boolean): void {
    const order = this.filledFrom?.draft.pieceIds ?? [];
    const chosen = new Set(this.pieceIds);
    if (checked) chosen.add(pieceId);
    else chosen.delete(pieceId);
    this.pieceIds = order.filter((id) => chosen.has(id));
  }

  private reloadAll(): void {
    void this.composer.reload();
    void this.history.reload();
    void this.plan.reload();
  }

  /**
   * An `<input>` silently drops pasted line breaks, gluing words together
   * ("RelanceBcc: …"); refuse the paste visibly instead and keep the field as it was.
   */
  private onHeaderPaste(field: 'to' | 'subject', event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!HEADER_BREAK.test(pasted)) return;
    event.preventDefault();
    const t = this.text('reminder', reminderFr).fieldErrors;
    this.fieldErrors = { ...this.fieldErrors, [field]: field === 'to' ? t.toLineBreak : t.subjectLineBreak };
  }

  /** Enter in a one-line field must not send the e-mail by implicit form submission. */
  private readonly onFormKeydown = (event: KeyboardEvent): void => {
    if (
      event.key === 'Enter' &&
      isFormField(event.target) &&
      event.target.localName === 'input' &&
      (event.target as HTMLInputElement).type !== 'checkbox'
    )
      event.preventDefault();
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  /**
   * Sends on the button's click (a mouse, Enter or Space) rather than on the form's `submit`: in an
   * `<iframe sandbox>` without allow-forms the browser blocks the submission before any `submit`
   * event, and "Envoyer" would do nothing. Cancelling the click keeps the form from submitting too.
   */
  private readonly onSendClick = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  /** Checks the draft, lets the host veto, sends through the transport and records it. */
  async send(): Promise<ReminderRecord | undefined> {
    const client = this.activeClient;
    if (!client || this.sending || this.composer.status !== 'ready') return undefined;
    const t = this.text('reminder', reminderFr);
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
      this.status = { kind: 'error', text: `${t.sendFailed} ${t.mailtoBlocked}` };
      return undefined;
    }
    this.sending = true;
    try {
      const reminder = await client.reminders.send(this.dossierId, draft, this.transport ?? createMailtoTransport());
      this.status = { kind: 'sent', text: t.sent(reminder.to) };
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
    const t = this.text('reminder', reminderFr);
    const field =
      isDossierError(error) && (error.code === 'unsafe-header' || error.code === 'invalid-input') ? error.details.field : undefined;
    if (field === 'to' || field === 'subject' || field === 'body') {
      this.fieldErrors = { ...this.fieldErrors, [field]: this.fieldMessage(field, error) };
      this.status = { kind: 'error', text: t.sendFailed };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus());
      return;
    }
    this.status = { kind: 'error', text: `${t.sendFailed} ${this.errorText(error)}` };
  }

  private fieldMessage(field: DraftField, error: unknown): string {
    const t = this.text('reminder', reminderFr).fieldErrors;
    const value = this[field];
    switch (field) {
      case 'to':
        return HEADER_BREAK.test(value) ? t.toLineBreak : t.toInvalid;
      case 'subject':
        if (HEADER_BREAK.test(value)) return t.subjectLineBreak;
        return value.trim() === '' ? t.subjectEmpty : this.errorText(error);
      case 'body':
        return value.trim() === '' ? t.bodyEmpty : this.errorText(error);
    }
  }
}
