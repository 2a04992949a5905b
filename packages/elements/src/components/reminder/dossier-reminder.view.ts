import type { ElementViewClass } from '../../base/lazy-view.js';
import { html, nothing, type TemplateResult } from 'lit';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { isFormField } from '../../realm/is-form-field.js';
import type { ComposedReminder } from './composed-reminder.js';
import type { DraftField } from './draft-field.js';
import type { DossierReminder } from './dossier-reminder.component.js';
import type { ReminderMessages } from './dossier-reminder.messages.js';
import { reminder as reminderFr } from './dossier-reminder.messages.fr.js';
import { HEADER_BREAK } from './header-break.js';
import type { ReminderText } from './reminder-text.js';

export { reminderStyles as styles } from './dossier-reminder.styles.js';

/** `<dossier-reminder>`'s rendering and what its controls do, loaded on its first update (see `LazyView`). */
export function view(Element: typeof DossierReminder): ElementViewClass {
  return class DossierReminderView extends Element {
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
            ${errors.to ? html`<p id="to-error" part="field-error" class="error">${errors.to(t)}</p>` : nothing}
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
            ${errors.subject ? html`<p id="subject-error" part="field-error" class="error">${errors.subject(t)}</p>` : nothing}
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
            ${errors.body ? html`<p id="body-error" part="field-error" class="error">${errors.body(t)}</p>` : nothing}
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
            <p part="status" role="status" class=${this.status?.kind === 'error' ? 'error' : 'success'}>${this.status?.text(t) ?? ''}</p>
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
        <p part="link-status" role="status" class=${link?.state === 'error' ? 'error' : 'success'}>${link && link.state !== 'creating' ? link.text(t) : ''}</p>
      </div>`;
    }

    private onAttachLink(): void {
      void this.attachLink();
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
      const message: ReminderText = field === 'to' ? (t) => t.fieldErrors.toLineBreak : (t) => t.fieldErrors.subjectLineBreak;
      this.fieldErrors = { ...this.fieldErrors, [field]: message };
    }

    /** Enter in a one-line field must not send the e-mail by implicit form submission. */
    private onFormKeydown(event: KeyboardEvent): void {
      if (
        event.key === 'Enter' &&
        isFormField(event.target) &&
        event.target.localName === 'input' &&
        (event.target as HTMLInputElement).type !== 'checkbox'
      )
        event.preventDefault();
    }

    private onSubmit(event: Event): void {
      event.preventDefault();
      void this.send();
    }

    /**
     * Sends on the button's click (a mouse, Enter or Space) rather than on the form's `submit`: in an
     * `<iframe sandbox>` without allow-forms the browser blocks the submission before any `submit`
     * event, and "Envoyer" would do nothing. Cancelling the click keeps the form from submitting too.
     */
    private onSendClick(event: Event): void {
      event.preventDefault();
      void this.send();
    }
  };
}
