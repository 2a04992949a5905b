import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { ReminderRecord } from '../model/reminder.js';
import type { DueReminder, ReminderHistory } from '../model/reminder-plan.js';
import type { ReminderSchedule, ReminderStopReason } from '../model/reminder-schedule.js';
import { coreTranslationOf, loadCoreLocale } from '../i18n/core-locale-registry.js';
import { toLocale } from '../i18n/to-locale.js';
import { assertSafeDraft } from '../reminders/assert-safe-draft.js';
import { composeReminderEmail } from '../reminders/compose-reminder-email.js';
import { isValidEmail } from '../reminders/is-valid-email.js';
import type { ReminderEmail } from '../reminders/reminder-email.js';
import { requireLink } from '../reminders/require-link.js';
import { planReminders } from '../schedules/plan-reminders.js';
import { reminderProgress } from '../schedules/reminder-progress.js';
import { requireText } from '../validation/require-text.js';
import { requireTimestamp } from '../validation/require-timestamp.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { loadDossierState, nextRevision, summaryOperations, type DossierState } from './dossier-state.js';
import { effectiveReminderPolicy } from './effective-reminder-policy.js';

type ScheduleMethods = Pick<DossierClient['reminders'], 'schedule' | 'pause' | 'resume' | 'stop' | 'plan' | 'due' | 'record'>;

/** A state read with its reminder history. */
type StateWithHistory = DossierState & { readonly history: ReminderHistory };

/** `client.reminders`' schedule methods. Internal. */
export function createReminderScheduleApi(context: ClientContext): ScheduleMethods {
  const { storage, locale } = context;

  const load = async (dossierId: unknown): Promise<StateWithHistory> => {
    const state = await loadDossierState(context, requireText(dossierId, 'dossierId', locale), { history: true });
    return { ...state, history: state.history ?? { schedule: null, reminders: [] } };
  };

  /** Writes a schedule and the summary it changes, guarded by the revisions they were read at. */
  const commitSchedule = async (state: StateWithHistory, schedule: ReminderSchedule): Promise<ReminderSchedule> => {
    const { operations } = summaryOperations(context, { ...state, history: { ...state.history, schedule } });
    await storage.commit(
      [{ op: 'put', kind: 'reminderSchedule', value: schedule, ifRevision: state.history.schedule?.revision ?? 0 }, ...operations],
      {
        dossierIds: [state.dossier.id],
        riskTypeIds: [],
      },
    );
    return schedule;
  };

  /** A change of state of an existing schedule, when `from` allows it. */
  const change =
    (
      event: 'pause' | 'resume' | 'stop',
      from: readonly ReminderSchedule['state'][],
      next: (schedule: ReminderSchedule, now: string) => Partial<ReminderSchedule>,
    ) =>
    (dossierId: string) =>
      context.run(async () => {
        const state = await load(dossierId);
        const schedule = state.history.schedule;
        if (!schedule) throw context.notFound('reminderSchedule', state.dossier.id);
        if (!from.includes(schedule.state)) throw context.fail('invalid-transition', { event, from: schedule.state });
        const now = context.now().toISOString();
        return commitSchedule(state, nextRevision(schedule, { ...next(schedule, now), updatedAt: now }));
      });

  const planOf = async (state: StateWithHistory) => {
    const { completeness } = summaryOperations(context, state);
    const schedule = state.history.schedule;
    const policy = schedule ? schedule.policy : (await effectiveReminderPolicy(storage, state.dossier.riskTypeId)).policy;
    return { ...planReminders(policy, state.dossier, completeness, state.history, context.now()), schedule, completeness };
  };

  return {
    schedule: (dossierId, options = {}) =>
      context.run(async () => {
        if (typeof options !== 'object' || options === null) throw context.fail('invalid-input', { field: 'options' });
        const startAt = options.startAt === undefined ? undefined : requireTimestamp(options.startAt, 'startAt', locale);
        let escalateTo: string | null = null;
        if (options.escalateTo !== undefined && options.escalateTo !== null) {
          escalateTo = requireText(options.escalateTo, 'escalateTo', locale, { max: 254 });
          if (!isValidEmail(escalateTo)) throw context.fail('invalid-input', { field: 'escalateTo', reason: { key: 'invalidEmail' } });
        }
        if (options.locale !== undefined && typeof options.locale !== 'string') throw context.fail('invalid-input', { field: 'locale' });
        const mailLocale = options.locale === undefined ? locale : toLocale(options.locale);
        const state = await load(dossierId);
        await decideDossierEventOnDemand(state.dossier, { type: 'remind' }, locale);
        // Nobody to write to: a schedule would only ever wake up for nothing.
        if (!isValidEmail(state.dossier.client.email))
          throw context.fail('invalid-input', { field: 'client.email', reason: { key: 'invalidEmail' } });
        const { policy } = await effectiveReminderPolicy(storage, state.dossier.riskTypeId);
        if (!policy.enabled) throw context.fail('invalid-transition', { event: 'schedule', from: 'disabled' });
        const now = context.now().toISOString();
        const previous = state.history.schedule;
        return commitSchedule(state, {
          id: state.dossier.id,
          dossierId: state.dossier.id,
          policy,
          startedAt: startAt ?? now,
          state: 'active',
          pausedAt: null,
          pausedMs: 0,
          stoppedAt: null,
          stopReason: null,
          escalateTo,
          locale: mailLocale,
          updatedAt: now,
          revision: (previous?.revision ?? 0) + 1,
        });
      }),
    pause: change('pause', ['active'], (_schedule, now) => ({ state: 'paused', pausedAt: now })),
    resume: change('resume', ['paused'], (schedule, now) => ({
      state: 'active',
      pausedAt: null,
      // Steps still to come move by the pause, so that the client is not sent at once what the pause held back.
      pausedMs: schedule.pausedMs + Math.max(0, Date.parse(now) - Date.parse(schedule.pausedAt ?? now)),
    })),
    stop: (dossierId, reason = 'broker') => {
      if (reason !== 'client' && reason !== 'broker')
        return Promise.reject(context.fail('invalid-input', { field: 'reason', reason: 'client or broker' }));
      const stopReason: ReminderStopReason = reason;
      return change('stop', ['active', 'paused'], (schedule, now) => ({
        state: 'stopped',
        stoppedAt: now,
        stopReason,
        pausedAt: null,
        pausedMs: schedule.pausedMs + (schedule.pausedAt ? Math.max(0, Date.parse(now) - Date.parse(schedule.pausedAt)) : 0),
      }))(dossierId);
    },
    plan: (dossierId) =>
      context.run(async () => {
        const { completeness: _completeness, ...plan } = await planOf(await load(dossierId));
        return plan;
      }),
    due: (dossierId, links = {}) =>
      context.run(async () => {
        if (typeof links !== 'object' || links === null) throw context.fail('invalid-input', { field: 'links' });
        const uploadUrl = requireLink(links.uploadUrl, 'uploadUrl', locale);
        const unsubscribeUrl = requireLink(links.unsubscribeUrl, 'unsubscribeUrl', locale);
        const state = await load(dossierId);
        const { due, schedule, completeness, sent, lastStep } = await planOf(state);
        if (!due || !schedule) return null;
        const progress = reminderProgress(schedule.policy, state.history);
        const to = due.kind === 'step' ? state.dossier.client.email : progress?.escalateTo;
        if (!to) return null;
        const riskType = await storage.get('riskType', state.dossier.riskTypeId);
        const missing = state.pieces.filter((p) => completeness.missingPieceIds.includes(p.id)).sort((a, b) => a.order - b.order);
        const mailLocale = await loadCoreLocale(schedule.locale);
        const content = composeReminderEmail(
          {
            clientName: state.dossier.client.name,
            clientEmail: state.dossier.client.email,
            reference: state.dossier.contractId ?? state.dossier.id,
            isContract: state.dossier.contractId !== null,
            riskLabel: riskType?.label ?? state.dossier.riskTypeId,
            pieces: missing.map((p) => (p.instructions ? { label: p.label, instructions: p.instructions } : { label: p.label })),
            step: due.kind === 'step' ? due.step : lastStep,
            sent,
            uploadUrl,
          },
          coreTranslationOf(mailLocale).reminderEmail,
          { kind: due.kind, unsubscribeUrl, locale: mailLocale },
        );
        // The same checks as any reminder leaving core: one address, no line break in a header.
        assertSafeDraft({ to, subject: content.subject, body: content.text, pieceIds: [] }, locale);
        const email: ReminderEmail = {
          due,
          to,
          ...content,
          pieceIds: missing.map((p) => p.id),
          locale: mailLocale,
          unsubscribeUrl: due.kind === 'step' ? unsubscribeUrl : null,
        };
        return email;
      }),
    record: (dossierId, email, options) =>
      context.run(async () => {
        if (typeof options !== 'object' || options === null) throw context.fail('invalid-input', { field: 'options' });
        const id = requireText(options.id, 'id', locale);
        const transport = requireText(options.transport, 'transport', locale);
        const sentAt = options.sentAt === undefined ? context.now().toISOString() : requireTimestamp(options.sentAt, 'sentAt', locale);
        if (typeof email !== 'object' || email === null) throw context.fail('invalid-input', { field: 'email' });
        const due = checkDue(email.due);
        if (!due) throw context.fail('invalid-input', { field: 'email.due' });
        const draft = assertSafeDraft({ to: email.to, subject: email.subject, body: email.text, pieceIds: email.pieceIds }, locale);
        const state = await load(dossierId);
        const existing = state.history.reminders.find((reminder) => reminder.id === id);
        if (existing) return existing;
        const schedule = state.history.schedule;
        if (!schedule) throw context.notFound('reminderSchedule', state.dossier.id);
        if (due.kind === 'step' && due.step > schedule.policy.steps.length)
          throw context.fail('invalid-input', { field: 'email.due.step', reason: `1..${schedule.policy.steps.length}` });
        const progress = reminderProgress(schedule.policy, state.history);
        // Steps only move forward: a step already recorded, or passed, is never recorded again.
        if (due.kind === 'step' ? (progress?.lastStep ?? 0) >= due.step : progress?.escalated) {
          throw context.fail('invalid-transition', {
            event: 'record',
            from: due.kind === 'step' ? `step ${progress?.lastStep ?? 0}` : 'escalated',
          });
        }
        const record: ReminderRecord = {
          id,
          dossierId: state.dossier.id,
          to: draft.to,
          subject: draft.subject,
          body: draft.body,
          pieceIds: [...draft.pieceIds],
          transport,
          sentAt,
          origin: due.kind === 'step' ? 'automatic' : 'escalation',
          ...(due.kind === 'step' ? { step: due.step } : {}),
          revision: 1,
        };
        const { operations } = summaryOperations(context, {
          ...state,
          history: { ...state.history, reminders: [...state.history.reminders, record] },
        });
        await storage.commit([{ op: 'put', kind: 'reminder', value: record, ifRevision: 0 }, ...operations], {
          dossierIds: [state.dossier.id],
          riskTypeIds: [],
        });
        return record;
      }),
  };
}

/** `due` as given, if it is one (callers may be plain JavaScript or JSON from elsewhere). */
function checkDue(value: unknown): DueReminder | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const due = value as { kind?: unknown; step?: unknown };
  if (due.kind === 'escalation') return { kind: 'escalation' };
  if (due.kind === 'step' && typeof due.step === 'number' && Number.isSafeInteger(due.step) && due.step >= 1)
    return { kind: 'step', step: due.step };
  return undefined;
}
