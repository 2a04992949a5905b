import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DossierClient, IsoWeekday, ReminderPolicySettings, ReminderPolicySource } from '@dossier/core';
import type { ReminderPolicyMessages } from './dossier-pieces-editor.messages.js';

/** What the controller needs from the editor it serves. */
export interface ReminderPolicyOptions {
  riskTypeId(): string;
  client(): DossierClient | undefined;
  errorText(error: unknown): string;
}

/** The form's fields, as typed. */
interface PolicyDraft {
  enabled: boolean;
  steps: string;
  maxReminders: string;
  days: IsoWeekday[];
  from: string;
  to: string;
  timeZone: string;
  escalate: boolean;
  escalationDays: string;
  escalationTo: string;
}

const WEEK: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

const draftOf = (policy: ReminderPolicySettings): PolicyDraft => ({
  enabled: policy.enabled,
  steps: policy.steps.join(', '),
  maxReminders: String(policy.maxReminders),
  days: [...policy.window.days],
  from: policy.window.from,
  to: policy.window.to,
  timeZone: policy.window.timeZone,
  escalate: policy.escalation !== null,
  escalationDays: String(policy.escalation?.afterDays ?? 3),
  escalationTo: policy.escalation?.to ?? '',
});

/**
 * "Relances automatiques" of the selected risk type in `<dossier-pieces-editor>`:
 * reads the policy that applies (`client.reminderPolicies.get`: the type's own,
 * the cabinet's or the built-in one), lets the person edit steps, maximum,
 * send window and escalation, and stores it with `reminderPolicies.put`
 * (core validates it; a refusal is shown at the form), or goes back to the
 * cabinet's with `remove`. Renders into the editor's shadow root.
 */
export class ReminderPolicyController implements ReactiveController {
  private loadedFor: string | undefined;
  private draft: PolicyDraft | undefined;
  private source: ReminderPolicySource | undefined;
  private error: unknown;
  private loadError: unknown;
  private saved = false;
  private busy = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReminderPolicyOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const riskTypeId = this.options.riskTypeId();
    if (riskTypeId && riskTypeId !== this.loadedFor && this.options.client()) void this.load(riskTypeId);
  }

  /** Reads the policy that applies to the risk type again. */
  async load(riskTypeId = this.options.riskTypeId()): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    // Reloading the same type keeps the form on screen (and the focus where it is) until the answer comes.
    if (this.loadedFor !== riskTypeId) this.draft = undefined;
    this.loadedFor = riskTypeId;
    this.error = undefined;
    this.loadError = undefined;
    this.saved = false;
    try {
      const effective = await client.reminderPolicies.get(riskTypeId);
      if (this.loadedFor !== riskTypeId) return;
      this.draft = draftOf(effective.policy);
      this.source = effective.source;
    } catch (error) {
      if (this.loadedFor === riskTypeId) this.loadError = error;
    }
    this.host.requestUpdate();
  }

  render(t: ReminderPolicyMessages): TemplateResult {
    const heading = html`<h3 id="reminder-policy-heading" part="reminder-policy-heading">${t.title}</h3>`;
    let body: TemplateResult | typeof nothing;
    if (this.loadError !== undefined) body = html`<p part="error" class="error" role="alert">${this.options.errorText(this.loadError)}</p>`;
    else if (!this.draft) body = html`<p class="status" aria-busy="true">${t.loading}</p>`;
    else body = this.renderForm(t, this.draft);
    return html`<section part="reminder-policy" class="reminder-policy" aria-labelledby="reminder-policy-heading" aria-busy=${this.busy ? 'true' : 'false'}>${heading}${body}</section>`;
  }

  private renderForm(t: ReminderPolicyMessages, d: PolicyDraft): TemplateResult {
    const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => {
      this.draft = { ...d, ...this.draft, [key]: value };
      this.saved = false;
      this.host.requestUpdate();
    };
    const text = (key: 'steps' | 'maxReminders' | 'from' | 'to' | 'timeZone' | 'escalationDays' | 'escalationTo') => (e: Event) =>
      set(key, (e.target as HTMLInputElement).value);
    const invalid = this.error !== undefined;
    return html`<p part="reminder-policy-source" class="hint">${t.sources[this.source ?? 'default']}</p>
      <form class="reminder-policy-form" @submit=${(e: Event) => e.preventDefault()}>
        <label class="check"><input type="checkbox" .checked=${live(d.enabled)} @change=${(e: Event) => set('enabled', (e.target as HTMLInputElement).checked)} /> ${t.enabled}</label>
        <label for="reminder-steps">${t.steps}</label>
        <input id="reminder-steps" part="input" .value=${live(d.steps)} @input=${text('steps')} aria-describedby="reminder-steps-hint" aria-invalid=${invalid ? 'true' : 'false'} />
        <span id="reminder-steps-hint" class="hint">${t.stepsHint}</span>
        <label for="reminder-max">${t.maxReminders}</label>
        <input id="reminder-max" part="input" type="number" min="1" max="20" .value=${live(d.maxReminders)} @input=${text('maxReminders')} />
        <fieldset class="days">
          <legend>${t.days}</legend>
          ${WEEK.map(
            (day) => html`<label class="check"><input type="checkbox" .checked=${live(d.days.includes(day))} @change=${(e: Event) =>
              set(
                'days',
                WEEK.filter((w) => (w === day ? (e.target as HTMLInputElement).checked : d.days.includes(w))),
              )} />
              ${t.dayNames[day - 1]}</label>`,
          )}
        </fieldset>
        <label for="reminder-from">${t.from}</label>
        <input id="reminder-from" part="input" type="time" .value=${live(d.from)} @input=${text('from')} />
        <label for="reminder-to">${t.to}</label>
        <input id="reminder-to" part="input" type="time" .value=${live(d.to === '24:00' ? '23:59' : d.to)} @input=${text('to')} />
        <label for="reminder-zone">${t.timeZone}</label>
        <input id="reminder-zone" part="input" .value=${live(d.timeZone)} @input=${text('timeZone')} />
        <label class="check"><input type="checkbox" .checked=${live(d.escalate)} @change=${(e: Event) => set('escalate', (e.target as HTMLInputElement).checked)} /> ${t.escalate}</label>
        ${
          d.escalate
            ? html`<label for="reminder-escalation-days">${t.escalationDays}</label>
              <input id="reminder-escalation-days" part="input" type="number" min="0" max="60" .value=${live(d.escalationDays)} @input=${text('escalationDays')} />
              <label for="reminder-escalation-to">${t.escalationTo}</label>
              <input id="reminder-escalation-to" part="input" type="email" .value=${live(d.escalationTo)} @input=${text('escalationTo')} />`
            : nothing
        }
        <div class="actions">
          <button part="button reminder-policy-save" type="button" ?disabled=${this.busy} @click=${() => void this.save()}>${t.save}</button>
          ${
            this.source === 'riskType'
              ? html`<button part="button reminder-policy-reset" type="button" ?disabled=${this.busy} @click=${() => void this.reset()}>${t.useCabinet}</button>`
              : nothing
          }
        </div>
        ${invalid ? html`<p part="field-error" class="error" role="alert">${this.options.errorText(this.error)}</p>` : nothing}
        <p class="hint" role="status">${this.saved ? t.saved : ''}</p>
      </form>`;
  }

  private settings(d: PolicyDraft): ReminderPolicySettings {
    const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
    return {
      enabled: d.enabled,
      steps: d.steps
        .split(/[\s,;]+/)
        .filter((part) => part !== '')
        .map(whole),
      maxReminders: whole(d.maxReminders),
      window: { days: [...d.days], from: d.from, to: d.to, timeZone: d.timeZone.trim() },
      escalation: d.escalate
        ? { afterDays: whole(d.escalationDays), to: d.escalationTo.trim() === '' ? null : d.escalationTo.trim() }
        : null,
    };
  }

  private async run(task: (client: DossierClient, riskTypeId: string) => Promise<unknown>): Promise<void> {
    const client = this.options.client();
    const riskTypeId = this.loadedFor;
    if (!client || !riskTypeId || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await task(client, riskTypeId);
      await this.load(riskTypeId);
      this.saved = true;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private save(): Promise<void> {
    const draft = this.draft;
    if (!draft) return Promise.resolve();
    return this.run((client, riskTypeId) => client.reminderPolicies.put(riskTypeId, this.settings(draft)));
  }

  private reset(): Promise<void> {
    return this.run((client, riskTypeId) => client.reminderPolicies.remove(riskTypeId));
  }
}
