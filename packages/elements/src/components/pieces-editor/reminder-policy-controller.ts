import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DossierClient, IsoWeekday, ReminderPolicySettings, ReminderPolicySource } from '@dossier/core';

/** What the controller needs from the editor it serves. */
export interface ReminderPolicyOptions {
  riskTypeId(): string;
  client(): DossierClient | undefined;
  errorText(error: unknown): string;
}

/** The form's fields, as typed. */
export interface PolicyDraft {
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
 * cabinet's with `remove`. Its form is `renderReminderPolicy`, drawn by the editor's view into the
 * editor's shadow root.
 */
export class ReminderPolicyController implements ReactiveController {
  private loadedFor: string | undefined;
  private current: PolicyDraft | undefined;
  private currentSource: ReminderPolicySource | undefined;
  private saveError: unknown;
  private readError: unknown;
  private done = false;
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReminderPolicyOptions,
  ) {
    host.addController(this);
  }

  /** The form as the person left it; `undefined` while the policy loads. */
  get draft(): PolicyDraft | undefined {
    return this.current;
  }

  /** Where the policy shown comes from. */
  get source(): ReminderPolicySource | undefined {
    return this.currentSource;
  }

  /** Why the last save or reset failed. */
  get error(): unknown {
    return this.saveError;
  }

  /** Why the policy could not be read. */
  get loadError(): unknown {
    return this.readError;
  }

  /** Whether the last save or reset went through and nothing was changed since. */
  get saved(): boolean {
    return this.done;
  }

  /** Whether a save or reset is running. */
  get busy(): boolean {
    return this.running;
  }

  /** A person-readable message for a failure, in the editor's locale. */
  errorText(error: unknown): string {
    return this.options.errorText(error);
  }

  /** Changes one field of the form (`from`: the draft it was drawn from, when none is kept yet). */
  edit<K extends keyof PolicyDraft>(from: PolicyDraft, key: K, value: PolicyDraft[K]): void {
    this.current = { ...from, ...this.current, [key]: value };
    this.done = false;
    this.host.requestUpdate();
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
    if (this.loadedFor !== riskTypeId) this.current = undefined;
    this.loadedFor = riskTypeId;
    this.saveError = undefined;
    this.readError = undefined;
    this.done = false;
    try {
      const effective = await client.reminderPolicies.get(riskTypeId);
      if (this.loadedFor !== riskTypeId) return;
      this.current = draftOf(effective.policy);
      this.currentSource = effective.source;
    } catch (error) {
      if (this.loadedFor === riskTypeId) this.readError = error;
    }
    this.host.requestUpdate();
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
    if (!client || !riskTypeId || this.running) return;
    this.running = true;
    this.saveError = undefined;
    this.host.requestUpdate();
    try {
      await task(client, riskTypeId);
      await this.load(riskTypeId);
      this.done = true;
    } catch (error) {
      this.saveError = error;
    } finally {
      this.running = false;
      this.host.requestUpdate();
    }
  }

  /** Stores the form as the risk type's policy (core validates it; a refusal is kept in `error`). */
  save(): Promise<void> {
    const draft = this.current;
    if (!draft) return Promise.resolve();
    return this.run((client, riskTypeId) => client.reminderPolicies.put(riskTypeId, this.settings(draft)));
  }

  /** Removes the risk type's own policy: the cabinet's applies again. */
  reset(): Promise<void> {
    return this.run((client, riskTypeId) => client.reminderPolicies.remove(riskTypeId));
  }
}
