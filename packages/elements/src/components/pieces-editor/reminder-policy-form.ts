import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { IsoWeekday } from '@dossier/core';
import type { ReminderPolicyMessages } from './dossier-pieces-editor.messages.js';
import type { PolicyDraft, ReminderPolicyController } from './reminder-policy-controller.js';

const WEEK: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * "Relances automatiques" of `<dossier-pieces-editor>`: the form of its `ReminderPolicyController`,
 * drawn by the editor's view (steps, maximum, send window, escalation, save and reset).
 */
export function renderReminderPolicy(policy: ReminderPolicyController, t: ReminderPolicyMessages): TemplateResult {
  const heading = html`<h3 id="reminder-policy-heading" part="reminder-policy-heading">${t.title}</h3>`;
  let body: TemplateResult | typeof nothing;
  if (policy.loadError !== undefined) body = html`<p part="error" class="error" role="alert">${policy.errorText(policy.loadError)}</p>`;
  else if (!policy.draft) body = html`<p class="status" aria-busy="true">${t.loading}</p>`;
  else body = renderForm(policy, t, policy.draft);
  return html`<section part="reminder-policy" class="reminder-policy" aria-labelledby="reminder-policy-heading" aria-busy=${policy.busy ? 'true' : 'false'}>${heading}${body}</section>`;
}

/** The form itself, once the policy is read. */
function renderForm(policy: ReminderPolicyController, t: ReminderPolicyMessages, d: PolicyDraft): TemplateResult {
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => policy.edit(d, key, value);
  const text = (key: 'steps' | 'maxReminders' | 'from' | 'to' | 'timeZone' | 'escalationDays' | 'escalationTo') => (e: Event) =>
    set(key, (e.target as HTMLInputElement).value);
  const invalid = policy.error !== undefined;
  return html`<p part="reminder-policy-source" class="hint">${t.sources[policy.source ?? 'default']}</p>
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
        <button part="button reminder-policy-save" type="button" ?disabled=${policy.busy} @click=${() => void policy.save()}>${t.save}</button>
        ${
          policy.source === 'riskType'
            ? html`<button part="button reminder-policy-reset" type="button" ?disabled=${policy.busy} @click=${() => void policy.reset()}>${t.useCabinet}</button>`
            : nothing
        }
      </div>
      ${invalid ? html`<p part="field-error" class="error" role="alert">${policy.errorText(policy.error)}</p>` : nothing}
      <p class="hint" role="status">${policy.saved ? t.saved : ''}</p>
    </form>`;
}
