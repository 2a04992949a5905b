import type { ReminderPolicy } from '../model/reminder-policy.js';
import { CABINET_POLICY_ID } from '../schedules/cabinet-policy-id.js';
import { validateReminderPolicy } from '../schedules/validate-reminder-policy.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { effectiveReminderPolicy } from './effective-reminder-policy.js';

/**
 * `client.reminderPolicies`. A policy changes no summary and no running
 * schedule (each keeps the copy it started with), so a write is the policy
 * alone, guarded by its revision. Internal.
 */
export function createReminderPoliciesApi(context: ClientContext): DossierClient['reminderPolicies'] {
  const { storage, locale } = context;
  /** The record's id, and the risk type whose scope listeners hear about (the cabinet's is `*`). */
  const keyOf = (riskTypeId: string | null): string =>
    riskTypeId === null ? CABINET_POLICY_ID : requireText(riskTypeId, 'riskTypeId', locale);

  return {
    get: (riskTypeId) =>
      context.run(async () => {
        const key = riskTypeId === null ? null : keyOf(riskTypeId);
        if (key !== null && !(await storage.get('riskType', key))) throw context.notFound('riskType', key);
        return effectiveReminderPolicy(storage, key);
      }),
    put: (riskTypeId, input) =>
      context.run(async () => {
        const id = keyOf(riskTypeId);
        const settings = validateReminderPolicy(input, locale);
        if (riskTypeId !== null && !(await storage.get('riskType', id))) throw context.notFound('riskType', id);
        const previous = await storage.get('reminderPolicy', id);
        const policy: ReminderPolicy = {
          id,
          ...settings,
          steps: [...settings.steps],
          window: { ...settings.window, days: [...settings.window.days] },
          escalation: settings.escalation && { ...settings.escalation },
          updatedAt: context.now().toISOString(),
          revision: (previous?.revision ?? 0) + 1,
        };
        await storage.commit([{ op: 'put', kind: 'reminderPolicy', value: policy, ifRevision: previous?.revision ?? 0 }], {
          dossierIds: [],
          riskTypeIds: [id],
        });
        return policy;
      }),
    remove: (riskTypeId) =>
      context.run(async () => {
        const id = keyOf(riskTypeId);
        const previous = await storage.get('reminderPolicy', id);
        if (!previous) return;
        await storage.commit([{ op: 'delete', kind: 'reminderPolicy', id, ifRevision: previous.revision }], {
          dossierIds: [],
          riskTypeIds: [id],
        });
      }),
  };
}
