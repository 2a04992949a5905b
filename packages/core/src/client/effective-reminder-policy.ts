import type { EffectiveReminderPolicy, ReminderPolicy, ReminderPolicySettings } from '../model/reminder-policy.js';
import { CABINET_POLICY_ID } from '../schedules/cabinet-policy-id.js';
import { DEFAULT_REMINDER_POLICY } from '../schedules/default-reminder-policy.js';
import type { StoragePort } from '../storage/storage-port.js';

/** The settings of a stored policy, without its id, date and revision. */
function policySettings(policy: ReminderPolicySettings): ReminderPolicySettings {
  return {
    enabled: policy.enabled,
    steps: [...policy.steps],
    maxReminders: policy.maxReminders,
    window: { ...policy.window, days: [...policy.window.days] },
    escalation: policy.escalation && { ...policy.escalation },
  };
}

/**
 * The policy that applies to a risk type: its own, else the cabinet's, else
 * the built-in one; `riskTypeId` `null` asks for the cabinet's. Internal.
 */
export async function effectiveReminderPolicy(storage: StoragePort, riskTypeId: string | null): Promise<EffectiveReminderPolicy> {
  const [own, cabinet] = await storage.getMany(
    'reminderPolicy',
    riskTypeId === null ? [CABINET_POLICY_ID, CABINET_POLICY_ID] : [riskTypeId, CABINET_POLICY_ID],
  );
  const pick = (found: ReminderPolicy | undefined, source: EffectiveReminderPolicy['source']): EffectiveReminderPolicy | undefined =>
    found ? { policy: policySettings(found), source } : undefined;
  return (
    (riskTypeId === null ? undefined : pick(own, 'riskType')) ??
    pick(cabinet, 'cabinet') ?? { policy: policySettings(DEFAULT_REMINDER_POLICY), source: 'default' }
  );
}
