// A scheduler process killed at a chosen moment of its SMTP call, for the crash tests:
// DATABASE_URL, SMTP_URL, NOW (ms since epoch), CRASH_AT (`claimed` or `accepted`).
import { openPostgresDatabase } from '@dossier/storage-postgres';
import pg from 'pg';
import { createReminderScheduler, createSmtpMailer } from '../../src/index.js';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'] });
const database = await openPostgresDatabase({ db: pool, migrate: false });
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
