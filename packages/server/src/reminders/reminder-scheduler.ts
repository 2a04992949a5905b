import { createHash, randomUUID } from 'node:crypto';
import { createDossierClient, isDossierError, type DossierClient, type ReminderEmail, type ReminderEmailLinks } from '@dossier/core';
import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { ReminderMailer } from './reminder-mailer.js';

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
  /** Most dossiers planned, and most e-mails sent, per tick. Default 200. */
  readonly batchSize?: number;
  /** How long a claim holds before another instance may take the row over (a crashed sender). Default 5 minutes. */
  readonly leaseMs?: number;
  /** Waits after a failed SMTP attempt: `firstMs`, doubling, at most `maxMs`. Default 1 minute, 1 hour. */
  readonly retry?: { readonly firstMs: number; readonly maxMs: number };
  /** Test hook, called around the SMTP call of each row (`claimed`: the claim is written; `accepted`: the server took the message). */
  readonly onSend?: (moment: 'claimed' | 'accepted', row: { readonly tenantId: string; readonly id: string }) => void | Promise<void>;
}

/** What one tick did. */
export interface ReminderTickReport {
  /** Outbox rows written (e-mails decided). */
  readonly planned: number;
  /** E-mails the SMTP server accepted. */
  readonly sent: number;
  /** E-mails recorded on their dossier (the reminder history). */
  readonly recorded: number;
  /** SMTP attempts that failed (retried later). */
  readonly failed: number;
  /** Rows dropped because the dossier no longer needs them (completed, paused, stopped, closed, out of the window). */
  readonly cancelled: number;
}

/** Sends the automatic reminders of every tenant of a database. */
export interface ReminderScheduler {
  /** Plans what is due now, then sends what the outbox holds; safe to run on several instances at once. */
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
  state: 'pending' | 'sent';
  email: string;
  message_id: string;
  attempts: number | string;
  sent_at: string | Date | null;
}

/**
 * The reminder scheduler. Each tick:
 *
 * 1. **Plan.** Dossiers whose summary's wake-up time passed (`reminder_wake_at`,
 *    indexed) and that have no open outbox row are asked `client.reminders.due`;
 *    each e-mail becomes an outbox row whose key is the dossier, the schedule's
 *    start and the step, inserted once (`ON CONFLICT`): however many
 *    instances plan at once, a step is planned once (a row cancelled earlier,
 *    say for being out of the window after a retry, is planned again).
 * 2. **Send.** Open rows are claimed with `FOR UPDATE SKIP LOCKED` (two instances
 *    never hold the same row) and a lease, counted as an attempt (the record
 *    *before* the SMTP call). The dossier is asked again whether that e-mail is
 *    still due (completed meanwhile, paused, stopped, out of the window: the row
 *    is cancelled). Once the SMTP server accepts it, the row is marked `sent`
 *    (the record *after*), then the reminder is recorded on the dossier with the
 *    row's id (idempotent) and the row closed.
 *
 * A crash after the claim and before the SMTP answer leaves a `pending` row whose
 * lease runs out: another tick sends it (no loss). A crash after `sent` leaves a
 * row that is only recorded again (no second e-mail). The one moment left, after
 * the SMTP server accepted and before `sent` is written, sends the message again
 * with the same Message-ID: SMTP has no transaction to share with the database.
 * A failed SMTP attempt is retried after `retry.firstMs`, doubling up to `retry.maxMs`.
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

  const plan = async (tenantId: string, dossierId: string, at: string): Promise<number> => {
    const client = clientOf(tenantId);
    const { schedule, due } = await client.reminders.plan(dossierId);
    if (!schedule || !due) return 0;
    const email = await client.reminders.due(dossierId, linksOf(tenantId, dossierId));
    if (!email) return 0;
    const id = outboxId(dossierId, schedule.startedAt, email);
    const { rowCount } = await sql.query(
      `INSERT INTO dossier_reminder_outbox (tenant_id, id, dossier_id, state, email, message_id, next_attempt_at, created_at)
       VALUES ($1, $2, $3, 'pending', $4, $5, $6, $6)
       ON CONFLICT (tenant_id, id) DO UPDATE SET state = 'pending', email = EXCLUDED.email, next_attempt_at = EXCLUDED.next_attempt_at, claimed_by = NULL, claimed_until = NULL
       WHERE dossier_reminder_outbox.state = 'cancelled'`,
      [tenantId, id, dossierId, JSON.stringify(email), `<${id}@reminders.dossier>`, at],
    );
    return rowCount;
  };

  const close = (row: OutboxRow, state: 'recorded' | 'cancelled', note: string | null) =>
    sql.query(`UPDATE dossier_reminder_outbox SET state = $1, claimed_by = NULL, claimed_until = NULL, last_error = coalesce($2, last_error) WHERE tenant_id = $3 AND id = $4 AND claimed_by = $5`, [
      state,
      note,
      row.tenant_id,
      row.id,
      me,
    ]);

  const deliver = async (row: OutboxRow, report: { sent: number; recorded: number; failed: number; cancelled: number }): Promise<void> => {
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
      const same = current?.due && current.due.kind === email.due.kind && (current.due.kind === 'escalation' || (email.due.kind === 'step' && current.due.step === email.due.step));
      if (!same) {
        await close(row, 'cancelled', `not due any more: ${current?.status ?? 'no dossier'}`);
        report.cancelled += 1;
        return;
      }
      await options.onSend?.('claimed', key);
      try {
        await mailer.send({ ...email, messageId: row.message_id, unsubscribeUrl: email.unsubscribeUrl });
      } catch (error) {
        const attempts = Number(row.attempts);
        const wait = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.max(0, attempts - 1));
        await sql.query(
          `UPDATE dossier_reminder_outbox SET next_attempt_at = $1, claimed_by = NULL, claimed_until = NULL, last_error = $2 WHERE tenant_id = $3 AND id = $4 AND claimed_by = $5`,
          [new Date(now().getTime() + wait).toISOString(), String((error as Error)?.message ?? error).slice(0, 500), row.tenant_id, row.id, me],
        );
        report.failed += 1;
        return;
      }
      await options.onSend?.('accepted', key);
      sentAt = now().toISOString();
      await sql.query(`UPDATE dossier_reminder_outbox SET state = 'sent', sent_at = $1 WHERE tenant_id = $2 AND id = $3 AND claimed_by = $4`, [sentAt, row.tenant_id, row.id, me]);
      report.sent += 1;
    }
    try {
      await client.reminders.record(row.dossier_id, email, { id: reminderId(row.id), transport: 'smtp', sentAt: sentAt ?? now().toISOString() });
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

  const tick = async (): Promise<ReminderTickReport> => {
    const at = now().toISOString();
    let planned = 0;
    const { rows: wake } = await sql.query<{ tenant_id: string; id: string }>(
      `SELECT s.tenant_id, s.id FROM dossier_summary s
       WHERE s.reminder_wake_at <= $1
         AND NOT EXISTS (SELECT 1 FROM dossier_reminder_outbox o WHERE o.tenant_id = s.tenant_id AND o.dossier_id = s.id AND o.state IN ('pending', 'sent'))
       ORDER BY s.reminder_wake_at LIMIT $2`,
      [at, batch],
    );
    for (const row of wake) planned += await plan(row.tenant_id, row.id, at);

    const { rows: claimed } = await sql.query<OutboxRow>(
      `UPDATE dossier_reminder_outbox o SET claimed_by = $1, claimed_until = $2, attempts = o.attempts + 1
       FROM (SELECT tenant_id, id FROM dossier_reminder_outbox
             WHERE state IN ('pending', 'sent') AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until <= $3)
             ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) AS due
       WHERE o.tenant_id = due.tenant_id AND o.id = due.id
       RETURNING o.tenant_id, o.id, o.dossier_id, o.state, o.email, o.message_id, o.attempts, o.sent_at`,
      [me, new Date(Date.parse(at) + leaseMs).toISOString(), at, batch],
    );
    const report = { planned, sent: 0, recorded: 0, failed: 0, cancelled: 0 };
    for (const row of claimed) await deliver(row, report);
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
