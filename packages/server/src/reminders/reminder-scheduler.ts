import { createHash, randomUUID } from 'node:crypto';
import {
  createDossierClient,
  isDossierError,
  type DossierClient,
  type DueReminder,
  type ReminderEmail,
  type ReminderEmailLinks,
} from '@dossier/core';
import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { ReminderMailer } from './reminder-mailer.js';
import { UndeliveredReminderError } from './undelivered-reminder-error.js';

/** Options of `createReminderScheduler`. */
export interface ReminderSchedulerOptions {
  /** The database the server serves: summaries say which dossiers to look at, the outbox lives beside them. */
  readonly database: PostgresDatabase;
  readonly mailer: ReminderMailer;
  /** The links of a dossier's e-mails (upload portal, one-click unsubscribe). Default: none. */
  readonly links?: (tenantId: string, dossierId: string) => ReminderEmailLinks;
  /** The clock (tests move it). Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Names this process in the outbox's claims. Default: a random id. */
  readonly instanceId?: string;
  /** Dossiers planned, and e-mails claimed, per batch; a tick runs batches until nothing is left (at most 50). Default 200. */
  readonly batchSize?: number;
  /** How long a claim holds before another instance may take the row over (a crashed sender). Default 5 minutes. */
  readonly leaseMs?: number;
  /** Waits after a failed SMTP attempt: `firstMs`, doubling, at most `maxMs`. Default 1 minute, 1 hour. */
  readonly retry?: { readonly firstMs: number; readonly maxMs: number };
  /**
   * Test hook, called around the SMTP call of each row: `claimed` (the claim is written), `data` (the
   * server holds the whole message but its end-of-data mark; the row is still `pending`),
   * `handed-over` (the row says so; the mark is not written yet), `accepted` (the server answered
   * the mark; the row is not `sent` yet).
   */
  readonly onSend?: (moment: ReminderSendMoment, row: { readonly tenantId: string; readonly id: string }) => void | Promise<void>;
}

/** The moments of one send that `onSend` is told about, in order. */
export type ReminderSendMoment = 'claimed' | 'data' | 'handed-over' | 'accepted';

/** What one tick did. */
export interface ReminderTickReport {
  /** Dossiers this instance claimed and planned (asked core what is due). */
  readonly examined: number;
  /** Outbox rows written (e-mails decided). */
  readonly planned: number;
  /** E-mails the SMTP server accepted. */
  readonly sent: number;
  /** E-mails recorded on their dossier (the reminder history). */
  readonly recorded: number;
  /** SMTP attempts that failed (retried later). */
  readonly failed: number;
  /** Rows dropped because the dossier no longer needs them (completed, paused, stopped, closed). */
  readonly cancelled: number;
  /** Rows still due but outside their send window now: put off until it opens. */
  readonly deferred: number;
}

/** Sends the automatic reminders of every tenant of a database. */
export interface ReminderScheduler {
  /** Plans what is due now, then sends what the outbox holds that is sendable now; safe to run on several instances at once. */
  tick(): Promise<ReminderTickReport>;
  /** Ticks every `intervalMs` (one tick at a time) until `stop`. */
  start(intervalMs: number): void;
  /** Stops ticking; resolves once the tick under way ended. */
  stop(): Promise<void>;
}

interface OutboxRow {
  tenant_id: string;
  id: string;
  dossier_id: string;
  state: 'pending' | 'handed-over' | 'sent';
  email: string;
  message_id: string;
  attempts: number | string;
  sent_at: string | Date | null;
}

/** Longest wait before a dossier planned with nothing due is looked at again, should its policy have changed meanwhile (a day). */
const REPLAN_MAX_MS = 24 * 3_600_000;
/** Most batches one tick plans, and sends: a bound, should a mailer fail without waiting. */
const MAX_BATCHES = 50;

/**
 * The reminder scheduler. Each tick:
 *
 * 1. **Plan.** Dossiers whose summary's wake-up time passed (`reminder_wake_at`,
 *    indexed) and that have no open outbox row are claimed for planning: a
 *    lease row per dossier (`dossier_reminder_planning`, written with
 *    `ON CONFLICT … WHERE` the lease ran out), so that two instances never plan
 *    one dossier. Each is asked `client.reminders.due`; an e-mail becomes an
 *    outbox row whose key is the dossier, the schedule's start and the step,
 *    inserted once (`ON CONFLICT`). A dossier with nothing due now (outside its
 *    send window, say) keeps its row with `not_before`, when core says the next
 *    send is (at most a day ahead): it is not claimed again before, unless a
 *    commit moves its wake-up time. Batches follow one another until no dossier
 *    is left to plan, so that a backlog never holds the others back.
 * 2. **Send.** Open rows whose `next_attempt_at` passed are claimed with
 *    `FOR UPDATE SKIP LOCKED` (two instances never hold the same row) and a
 *    lease, counted as an attempt. The dossier is asked again whether that
 *    e-mail is still due: completed meanwhile, paused, stopped, closed, the row
 *    is cancelled; still due but outside its send window, the row waits for the
 *    window (`next_attempt_at`), so that claims only take rows sendable now.
 *    Then the SMTP transaction, in three records (see below), then the
 *    reminder is recorded on the dossier with the row's id (idempotent) and the
 *    row closed (`recorded`).
 *
 * **Exactly once.** The message is written to the SMTP server whole but for its
 * end-of-data mark; then the row becomes `handed-over` (committed, and only while
 * this instance still holds the claim); then the mark is written; once the
 * server answers, the row becomes `sent`. After a crash:
 * - a row still `pending` (the crash came before `handed-over`): the server
 *   never saw the mark and dropped the message; when the lease runs out another
 *   tick sends it (no loss, no duplicate);
 * - a row `handed-over` or `sent`: it is delivered; it is recorded, never sent again.
 *
 * **The one window left.** A crash (or a lost connection) after `handed-over` is
 * committed and before the mark reaches the server, which is the time to write
 * five bytes to a socket, loses that message: it is recorded as handed over and
 * not sent again (a loss that the outbox names, never a duplicate). An SMTP
 * refusal of the mark (a reply code) puts the row back to `pending`; a
 * connection lost after the mark was written leaves it `handed-over` (the server
 * may hold it), with the error in `last_error`. A failed SMTP attempt is retried
 * after `retry.firstMs`, doubling up to `retry.maxMs`.
 */
export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { database, mailer } = options;
  const { sql } = database;
  const now = options.now ?? (() => new Date());
  const me = options.instanceId ?? randomUUID();
  const batch = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const retry = options.retry ?? { firstMs: 60_000, maxMs: 3_600_000 };
  const clientOf = (tenantId: string): DossierClient => createDossierClient({ storage: database.storage(tenantId), now });
  const linksOf = (tenantId: string, dossierId: string): ReminderEmailLinks => options.links?.(tenantId, dossierId) ?? {};

  /** Plans one claimed dossier; returns the outbox rows written and when to look at it again. */
  const plan = async (tenantId: string, dossierId: string, at: string): Promise<{ written: number; notBefore: string }> => {
    const later = new Date(Date.parse(at) + REPLAN_MAX_MS).toISOString();
    const client = clientOf(tenantId);
    const { schedule, due, nextAt } = await client.reminders.plan(dossierId);
    if (!schedule || !due) return { written: 0, notBefore: nextAt !== null && nextAt < later ? nextAt : later };
    const email = await client.reminders.due(dossierId, linksOf(tenantId, dossierId));
    if (!email) return { written: 0, notBefore: new Date(Date.parse(at) + leaseMs).toISOString() };
    const id = outboxId(dossierId, schedule.startedAt, email);
    const { rowCount } = await sql.query(
      `INSERT INTO dossier_reminder_outbox (tenant_id, id, dossier_id, state, email, message_id, next_attempt_at, created_at)
       VALUES ($1, $2, $3, 'pending', $4, $5, $6, $6)
       ON CONFLICT (tenant_id, id) DO UPDATE SET state = 'pending', email = EXCLUDED.email, next_attempt_at = EXCLUDED.next_attempt_at, claimed_by = NULL, claimed_until = NULL
       WHERE dossier_reminder_outbox.state = 'cancelled'`,
      [tenantId, id, dossierId, JSON.stringify(email), `<${id}@reminders.dossier>`, at],
    );
    // An open row keeps the dossier out of planning; once recorded, the commit moves its wake-up time.
    return { written: rowCount, notBefore: new Date(Date.parse(at) + leaseMs).toISOString() };
  };

  /** Claims up to a batch of dossiers to plan (none that another instance is planning, nor any planned with nothing due yet). */
  const claimPlanning = async (at: string) => {
    const { rows } = await sql.query<{ tenant_id: string; dossier_id: string }>(
      `INSERT INTO dossier_reminder_planning AS p (tenant_id, dossier_id, wake_at, not_before, claimed_by, claimed_until)
       SELECT s.tenant_id, s.id, s.reminder_wake_at, NULL, $1, $2 FROM dossier_summary s
       WHERE s.reminder_wake_at <= $3
         AND NOT EXISTS (SELECT 1 FROM dossier_reminder_outbox o WHERE o.tenant_id = s.tenant_id AND o.dossier_id = s.id AND o.state IN ('pending', 'handed-over', 'sent'))
         AND NOT EXISTS (SELECT 1 FROM dossier_reminder_planning q WHERE q.tenant_id = s.tenant_id AND q.dossier_id = s.id
                         AND (q.claimed_until > $3 OR (q.wake_at = s.reminder_wake_at AND q.not_before > $3)))
       ORDER BY s.reminder_wake_at, s.tenant_id, s.id LIMIT $4
       ON CONFLICT (tenant_id, dossier_id) DO UPDATE SET wake_at = EXCLUDED.wake_at, not_before = NULL, claimed_by = EXCLUDED.claimed_by, claimed_until = EXCLUDED.claimed_until
       WHERE (p.claimed_until IS NULL OR p.claimed_until <= $3) AND NOT (p.wake_at = EXCLUDED.wake_at AND coalesce(p.not_before > $3, false))
       RETURNING p.tenant_id, p.dossier_id`,
      [me, new Date(Date.parse(at) + leaseMs).toISOString(), at, batch],
    );
    return rows;
  };

  const close = (row: OutboxRow, state: 'recorded' | 'cancelled', note: string | null) =>
    sql.query(
      `UPDATE dossier_reminder_outbox SET state = $1, claimed_by = NULL, claimed_until = NULL, last_error = coalesce($2, last_error) WHERE tenant_id = $3 AND id = $4 AND claimed_by = $5`,
      [state, note, row.tenant_id, row.id, me],
    );

  type Counts = { sent: number; recorded: number; failed: number; cancelled: number; deferred: number };

  const deliver = async (row: OutboxRow, report: Counts): Promise<void> => {
    const email = JSON.parse(row.email) as ReminderEmail;
    const client = clientOf(row.tenant_id);
    const key = { tenantId: row.tenant_id, id: row.id };
    let sentAt = row.sent_at === null ? null : new Date(row.sent_at).toISOString();
    if (row.state === 'pending') {
      // Still due? The dossier may have been completed, paused, stopped or closed since it was planned.
      const current = await client.reminders.plan(row.dossier_id).catch((error: unknown) => {
        if (isDossierError(error) && error.code === 'not-found') return null;
        throw error;
      });
      const sameAs = (due: DueReminder | null | undefined) =>
        !!due && due.kind === email.due.kind && (due.kind === 'escalation' || (email.due.kind === 'step' && due.step === email.due.step));
      if (!sameAs(current?.due)) {
        if (current && sameAs(current.next) && current.nextAt !== null) {
          // Due, outside its send window: it waits for the window, out of the claims until then.
          await sql.query(
            `UPDATE dossier_reminder_outbox SET next_attempt_at = $1, attempts = attempts - 1, claimed_by = NULL, claimed_until = NULL WHERE tenant_id = $2 AND id = $3 AND claimed_by = $4`,
            [current.nextAt, row.tenant_id, row.id, me],
          );
          report.deferred += 1;
          return;
        }
        await close(row, 'cancelled', `not due any more: ${current?.status ?? 'no dossier'}`);
        report.cancelled += 1;
        return;
      }
      await options.onSend?.('claimed', key);
      let handedOver = false;
      try {
        await mailer.send({ ...email, messageId: row.message_id, unsubscribeUrl: email.unsubscribeUrl }, async () => {
          await options.onSend?.('data', key);
          const { rowCount } = await sql.query(
            `UPDATE dossier_reminder_outbox SET state = 'handed-over', sent_at = $1 WHERE tenant_id = $2 AND id = $3 AND claimed_by = $4 AND state = 'pending'`,
            [now().toISOString(), row.tenant_id, row.id, me],
          );
          // Another instance took the row over (this lease ran out): it sends it, not this one.
          if (rowCount !== 1) throw new Error('the outbox row is no longer claimed by this instance');
          handedOver = true;
          await options.onSend?.('handed-over', key);
        });
      } catch (error) {
        const message = String((error as Error)?.message ?? error).slice(0, 500);
        if (handedOver && !(error instanceof UndeliveredReminderError)) {
          // The end-of-data mark was written: the server may hold the message. Delivered, as far as the outbox goes.
          await sql.query(`UPDATE dossier_reminder_outbox SET last_error = $1 WHERE tenant_id = $2 AND id = $3 AND claimed_by = $4`, [
            message,
            row.tenant_id,
            row.id,
            me,
          ]);
        } else {
          const attempts = Number(row.attempts);
          const wait = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.max(0, attempts - 1));
          await sql.query(
            `UPDATE dossier_reminder_outbox SET state = 'pending', sent_at = NULL, next_attempt_at = $1, claimed_by = NULL, claimed_until = NULL, last_error = $2
             WHERE tenant_id = $3 AND id = $4 AND claimed_by = $5 AND state IN ('pending', 'handed-over')`,
            [new Date(now().getTime() + wait).toISOString(), message, row.tenant_id, row.id, me],
          );
          report.failed += 1;
          return;
        }
      }
      await options.onSend?.('accepted', key);
      sentAt = now().toISOString();
      await sql.query(
        `UPDATE dossier_reminder_outbox SET state = 'sent', sent_at = coalesce(sent_at, $1) WHERE tenant_id = $2 AND id = $3 AND claimed_by = $4`,
        [sentAt, row.tenant_id, row.id, me],
      );
      report.sent += 1;
    }
    // `handed-over` or `sent` (this tick, or left by a crash): delivered, recorded once, never sent again.
    try {
      await client.reminders.record(row.dossier_id, email, {
        id: reminderId(row.id),
        transport: 'smtp',
        sentAt: sentAt ?? now().toISOString(),
      });
    } catch (error) {
      // Sent, but the dossier is gone or went past that step: nothing to record, nothing to send again.
      if (isDossierError(error) && (error.code === 'not-found' || error.code === 'invalid-transition')) {
        await close(row, 'recorded', `not recorded: ${error.code}`);
        report.recorded += 1;
        return;
      }
      throw error;
    }
    await close(row, 'recorded', null);
    report.recorded += 1;
  };

  const claimOutbox = async (at: string) => {
    const { rows } = await sql.query<OutboxRow>(
      `UPDATE dossier_reminder_outbox o SET claimed_by = $1, claimed_until = $2, attempts = o.attempts + 1
       FROM (SELECT tenant_id, id FROM dossier_reminder_outbox
             WHERE state IN ('pending', 'handed-over', 'sent') AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until <= $3)
             ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) AS due
       WHERE o.tenant_id = due.tenant_id AND o.id = due.id
       RETURNING o.tenant_id, o.id, o.dossier_id, o.state, o.email, o.message_id, o.attempts, o.sent_at`,
      [me, new Date(Date.parse(at) + leaseMs).toISOString(), at, batch],
    );
    return rows;
  };

  const tick = async (): Promise<ReminderTickReport> => {
    const at = now().toISOString();
    let examined = 0;
    let planned = 0;
    for (let round = 0; round < MAX_BATCHES; round += 1) {
      const claimed = await claimPlanning(at);
      for (const { tenant_id: tenantId, dossier_id: dossierId } of claimed) {
        examined += 1;
        let notBefore = new Date(Date.parse(at) + leaseMs).toISOString();
        try {
          const outcome = await plan(tenantId, dossierId, at);
          planned += outcome.written;
          notBefore = outcome.notBefore;
        } finally {
          await sql.query(
            `UPDATE dossier_reminder_planning SET not_before = $1, claimed_by = NULL, claimed_until = NULL WHERE tenant_id = $2 AND dossier_id = $3 AND claimed_by = $4`,
            [notBefore, tenantId, dossierId, me],
          );
        }
      }
      if (claimed.length < batch) break;
    }

    const report = { examined, planned, sent: 0, recorded: 0, failed: 0, cancelled: 0, deferred: 0 };
    for (let round = 0; round < MAX_BATCHES; round += 1) {
      const claimed = await claimOutbox(at);
      for (const row of claimed) await deliver(row, report);
      if (claimed.length < batch) break;
    }
    return report;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  return {
    tick,
    start(intervalMs) {
      stopped = false;
      const loop = () => {
        if (stopped) return;
        running = tick()
          .catch(() => undefined)
          .finally(() => {
            if (!stopped) timer = setTimeout(loop, intervalMs);
          });
      };
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** The outbox row's id: the dossier, the schedule's start, the step (or the escalation), hashed to a short key. */
function outboxId(dossierId: string, startedAt: string, email: ReminderEmail): string {
  const step = email.due.kind === 'step' ? `step-${email.due.step}` : 'escalation';
  return createHash('sha256').update(`${dossierId}\u0000${startedAt}\u0000${step}`).digest('base64url').slice(0, 32);
}

/** The reminder record's id of an outbox row (what makes `record` idempotent). */
function reminderId(outboxRowId: string): string {
  return `auto-${outboxRowId}`;
}
