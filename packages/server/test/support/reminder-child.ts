// A scheduler process killed at a chosen moment of its SMTP call, for the crash tests:
// DATABASE_URL (PostgreSQL) or PGLITE_DIR (a PGlite data folder no other process has open),
// SMTP_URL, NOW (ms since epoch), CRASH_AT (a `ReminderSendMoment`: `claimed`, `data`, `handed-over`, `accepted`).
import { PGlite } from '@electric-sql/pglite';
import { openPostgresDatabase } from '@dossier/storage-postgres';
import pg from 'pg';
import { createReminderScheduler, createSmtpMailer } from '../../src/index.js';

const dir = process.env['PGLITE_DIR'];
const db = dir ? await PGlite.create(dir) : new pg.Pool({ connectionString: process.env['DATABASE_URL'] });
const database = await openPostgresDatabase({ db, migrate: false });
const now = Number(process.env['NOW']);
const scheduler = createReminderScheduler({
  database,
  mailer: createSmtpMailer({ url: process.env['SMTP_URL'] as string, from: 'relances@cabinet.example.fr', timeoutMs: 5_000 }),
  now: () => new Date(now),
  instanceId: 'doomed',
  onSend: (moment) => {
    // SIGKILL: no handler, no flush, no rollback but the database's own.
    if (moment === process.env['CRASH_AT']) process.kill(process.pid, 'SIGKILL');
  },
});
await scheduler.tick();
process.stderr.write('tick ended without a crash\n');
process.exit(3);
