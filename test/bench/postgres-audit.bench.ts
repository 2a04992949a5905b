// The audit of 1,000,000 summaries on PostgreSQL: storage-postgres's queryAudit beside the same
// statements sent raw with pg, and beside the query a developer would write (ORDER BY … LIMIT 50
// and count(*)). Run by `npm run bench -- postgres` (through run.mjs), or alone:
//   node --import tsx --conditions=dossier-source test/bench/postgres-audit.bench.ts
// Figures are printed and returned as JSON on the last line (`BENCH_RESULT {…}`), never asserted.
import { cpus, loadavg } from 'node:os';
import type { AuditQuery } from '@dossier/core/adapter';
import { auditStatement, openPostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase } from '@dossier/storage-postgres/testing';

const ROWS = Number(process.env['BENCH_AUDIT_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_AUDIT_RUNS'] ?? 200);
const TENANT = 'bench';

const db = await createTestDatabase('dossier_bench_audit');
const pool = db.pool({ max: 4 });
const database = await openPostgresDatabase({ db: pool });
const storage = database.storage(TENANT);

/** Median and 95th percentile of some durations, in ms. */
interface Timing {
  readonly median: number;
  readonly p95: number;
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0 };
}
/**
 * Times the tasks taking turns, in an order rotated at every run, so that
 * caches, the load of other processes and GC hit them alike (a query run
 * right after a heavy one is measurably slower).
 */
async function timeTogether(tasks: readonly (() => Promise<unknown>)[]): Promise<{ median: number; p95: number }[]> {
  for (let i = 0; i < 10; i += 1) for (const task of tasks) await task(); // warm the cache and the plans
  const samples: number[][] = tasks.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    for (let turn = 0; turn < tasks.length; turn += 1) {
      const index = (i + turn) % tasks.length;
      const started = performance.now();
      await (tasks[index] as () => Promise<unknown>)();
      samples[index]!.push(performance.now() - started);
    }
  }
  return samples.map(stats);
}

try {
  const started = performance.now();
  console.log(`  generating ${ROWS.toLocaleString('en')} summaries…`);
  // Realistic rows: 4 phases, 6 risk types, 60 % incomplete, `since` over three years, ~500-byte JSON.
  await pool.query(
    `INSERT INTO dossier_summary (tenant_id, id, risk_type_id, phase, incomplete, since, stale_at, valid_from, revision, body)
     SELECT $1, id, risk, phase, incomplete, since, NULL, NULL, 1,
            json_build_object('id', id, 'riskTypeId', risk, 'phase', phase, 'stage', 'Étude', 'clientName', 'Client ' || i,
              'contractId', CASE WHEN phase = 'proposal' THEN NULL ELSE 'CT-' || i END, 'requiredMissing', incomplete * 2, 'toArchive', 1,
              'unclassified', 0, 'incomplete', incomplete, 'missingLabels', CASE WHEN incomplete = 1 THEN json_build_array('Permis de conduire', 'Relevé d’information') ELSE '[]'::json END,
              'missingPieceIds', CASE WHEN incomplete = 1 THEN json_build_array('p1', 'p2') ELSE '[]'::json END, 'since', since, 'lastReminderAt', NULL,
              'validFrom', NULL, 'staleAt', NULL, 'pieces', '[]'::json, 'revision', 1)::text
     FROM (SELECT i, 'D-' || lpad(i::text, 8, '0') AS id, 'risk-' || (i % 6) AS risk,
                  (ARRAY['contract','contract','proposal','proposal','archived','lost','contract','proposal','archived','contract'])[1 + i % 10] AS phase,
                  CASE WHEN (i * 7) % 10 < 6 THEN 1 ELSE 0 END AS incomplete,
                  to_char(timestamp '2024-01-01' + (i % 1000) * interval '1 day' + (i % 86400) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') AS since
           FROM generate_series(1, $2::int) AS i) AS g`,
    [TENANT, ROWS],
  );
  // The counters every commit keeps, built once here.
  await pool.query(
    `INSERT INTO dossier_summary_count (tenant_id, risk_type_id, phase, incomplete, rows)
     SELECT tenant_id, risk_type_id, phase, incomplete, count(*) FROM dossier_summary WHERE tenant_id = $1 GROUP BY 1, 2, 3, 4`,
    [TENANT],
  );
  await pool.query('VACUUM ANALYZE dossier_summary');
  const generatedSeconds = (performance.now() - started) / 1000;

  const queries: Record<string, AuditQuery> = {
    'contracts missing pieces (oldest first)': { limit: 50, phases: ['contract'], onlyIncomplete: true },
    'every dossier (newest first)': { limit: 50, order: 'newest' },
    'one risk type, contracts missing pieces': { limit: 50, phases: ['contract'], onlyIncomplete: true, riskTypeId: 'risk-3' },
    'contracts missing pieces, at now': { limit: 50, phases: ['contract'], onlyIncomplete: true, now: new Date().toISOString() },
  };
  const figures: Record<string, unknown> = {};
  let plan = '';
  for (const [name, query] of Object.entries(queries)) {
    const statement = auditStatement(TENANT, query, query.limit + 1 + (query.now ? 16 : 0));
    // What a developer would write without counters: ORDER BY … LIMIT and count(*).
    const where = `tenant_id = $1${query.phases ? ` AND phase = ANY($2::text[])` : ''}${query.onlyIncomplete ? ' AND incomplete = 1' : ''}${query.riskTypeId ? ` AND risk_type_id = '${query.riskTypeId}'` : ''}`;
    const naiveParams = query.phases ? [TENANT, query.phases] : [TENANT];
    const order = query.order === 'newest' ? 'DESC' : 'ASC';
    const [adapter, raw, rawParsed] = (await timeTogether([
      () => storage.queryAudit(query),
      // The adapter's own statement, sent raw (no parsing, no merging): the adapter's overhead.
      () => pool.query(statement.text, statement.params),
      // …and with its rows parsed into objects, which any adapter must return.
      async () => (await pool.query<{ body: string }>(statement.text, statement.params)).rows.map((row) => JSON.parse(row.body) as unknown),
    ])) as Timing[];
    // Timed apart: it is heavy enough to slow whatever query runs right after it.
    const [naive] = (await timeTogether([
      () =>
        Promise.all([
          pool.query(`SELECT body FROM dossier_summary WHERE ${where} ORDER BY since ${order}, id ${order} LIMIT 50`, naiveParams),
          pool.query(`SELECT count(*) FROM dossier_summary WHERE ${where}`, naiveParams),
        ]),
    ])) as Timing[];
    const page = await storage.queryAudit(query);
    if (!adapter || !raw || !rawParsed || !naive) throw new Error('missing timings');
    figures[name] = {
      adapterMs: adapter,
      rawSameSqlMs: raw,
      rawParsedMs: rawParsed,
      naiveCountMs: naive,
      ratioToRaw: adapter.median / raw.median,
      ratioToRawParsed: adapter.median / rawParsed.median,
      total: page.total,
      rows: page.items.length,
    };
    if (!plan)
      plan = (await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.text}`, statement.params)).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
  }
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `\nAudit of ${ROWS.toLocaleString('en')} summaries on PostgreSQL 15 (generated in ${generatedSeconds.toFixed(0)} s): first page of 50 + total, median (p95) of ${RUNS} runs; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([name, f]) => {
        const figure = f as {
          adapterMs: Timing;
          rawSameSqlMs: Timing;
          rawParsedMs: Timing;
          naiveCountMs: Timing;
          ratioToRaw: number;
          ratioToRawParsed: number;
          total: number;
        };
        return [
          name,
          {
            'storage-postgres': `${ms(figure.adapterMs.median)} (${ms(figure.adapterMs.p95)})`,
            'same SQL, raw pg': `${ms(figure.rawSameSqlMs.median)} (${ms(figure.rawSameSqlMs.p95)})`,
            'adapter / raw': figure.ratioToRaw.toFixed(2),
            'same SQL, raw pg + JSON.parse': `${ms(figure.rawParsedMs.median)} (${ms(figure.rawParsedMs.p95)})`,
            'adapter / (raw + parse)': figure.ratioToRawParsed.toFixed(2),
            'LIMIT + count(*), raw': `${ms(figure.naiveCountMs.median)} (${ms(figure.naiveCountMs.p95)})`,
            total: figure.total,
          },
        ];
      }),
    ),
  );
  console.log(`EXPLAIN of the first page (contracts missing pieces):\n${plan.replace(/^/gm, '    ')}`);
  console.log(`BENCH_RESULT ${JSON.stringify({ rows: ROWS, generatedSeconds, queries: figures, plan })}`);
} finally {
  await database.close();
  await db.drop();
}
