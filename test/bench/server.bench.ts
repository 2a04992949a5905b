// `npm run bench -- server`: the reference server under load, on PostgreSQL, loopback only.
// 1. 50 concurrent clients (core's client over createRestStorage) for 30 s, mixing audit pages,
//    completeness reads and commits with small files, against a server process; throughput,
//    p50/p99 per kind, errors, the server's memory; then the same mix in-process on
//    storage-postgres (the same SQL, no HTTP, no re-checks) as the baseline.
// 2. A 200 MB upload (curl, another process) into an in-process server: heap and memory growth.
// Bounded: BENCH_SERVER_SECONDS (default 30) per phase. Figures printed, never asserted;
// the last line is `BENCH_RESULT {…}` for run.mjs.
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { createDossierClient, type DossierClient, type StoragePort } from '@dossier/core';
import { samplePdf, seededRandom } from '@dossier/core/testing';
import { createDossierServer, createFileBlobStore, createJwtAuthenticator, issueDevToken } from '@dossier/server';
import { openPostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase } from '@dossier/storage-postgres/testing';
import { createRestStorage } from '@dossier/storage-rest';

const SECONDS = Number(process.env['BENCH_SERVER_SECONDS'] ?? 30);
const CLIENTS = 50;
const DOSSIERS_PER_CLIENT = 10;
const SECRET = 'bench-secret-of-at-least-thirty-two-bytes!!';
const CLIENT_NOW = new Date('2026-11-28T10:00:00Z');
const MAIN = fileURLToPath(new URL('../../packages/server/src/cli/server-main.ts', import.meta.url));
type Kind = 'audit' | 'completeness' | 'commit';

const db = await createTestDatabase('dossier_bench_server');
const files = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
const blobs = createFileBlobStore(join(files, 'files'));

/** p50 and p99 of durations in ms. */
function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)] ?? 0, p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
}

/** Runs the mix with one client per storage for SECONDS; returns counts and latencies. */
async function runMix(storages: StoragePort[]) {
  const latencies: Record<Kind, number[]> = { audit: [], completeness: [], commit: [] };
  const errors: string[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    storages.map(async (storage, c) => {
      const client: DossierClient = createDossierClient({ storage, now: () => CLIENT_NOW });
      const random = seededRandom(100 + c);
      let n = 0;
      while (Date.now() < deadline) {
        const choice = random.int(10);
        const kind: Kind = choice < 4 ? 'audit' : choice < 8 ? 'completeness' : 'commit';
        const dossierId = `D-${c}-${random.int(DOSSIERS_PER_CLIENT)}`;
        const started = performance.now();
        try {
          if (kind === 'audit') await client.audit({ phase: 'proposal', onlyIncomplete: true, limit: 50 });
          else if (kind === 'completeness') await client.completeness(dossierId);
          else await client.documents.add(dossierId, { blob: samplePdf(`bench-${c}-${(n += 1)}-${Date.now()}`, 2000), name: 'scan.pdf' });
          latencies[kind].push(performance.now() - started);
        } catch (error) {
          errors.push(`${kind}: ${(error as Error).message}`);
        }
      }
    }),
  );
  const operations = latencies.audit.length + latencies.completeness.length + latencies.commit.length;
  return {
    operations,
    perSecond: operations / SECONDS,
    errors: errors.length,
    firstErrors: errors.slice(0, 3),
    byKind: Object.fromEntries(
      (Object.keys(latencies) as Kind[]).map((kind) => [kind, { count: latencies[kind].length, ...percentiles(latencies[kind]) }]),
    ) as Record<Kind, { count: number; p50: number; p99: number }>,
  };
}

/** Resident memory of a process, in MB (Linux). */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

try {
  // Seed: one risk type with two pieces, 10 dossiers per client (each client works on its own: conflicts stay rare).
  const seeding = await openPostgresDatabase({ db: db.pool(), blobs });
  const seeder = createDossierClient({ storage: seeding.storage('bench'), now: () => CLIENT_NOW });
  await seeder.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await seeder.pieces.add('auto', { label: 'Permis', accept: ['application/pdf'] });
  await seeder.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf'] });
  for (let c = 0; c < CLIENTS; c += 1) {
    for (let d = 0; d < DOSSIERS_PER_CLIENT; d += 1) {
      await seeder.dossiers.open({
        id: `D-${c}-${d}`,
        riskTypeId: 'auto',
        client: { id: `c${c}`, name: `Client ${c}`, email: `c${c}@example.fr` },
      });
    }
  }
  await seeding.close();

  // 1a. Through HTTP, against a server process as deployed.
  console.log(`  server: ${CLIENTS} clients for ${SECONDS} s through HTTP…`);
  // BENCH_PROFILE_DIR=… writes a CPU profile of the server process there.
  const profile = process.env['BENCH_PROFILE_DIR'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE_DIR']}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', '--conditions=dossier-source', '--no-warnings', MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: db.url,
      DATABASE_POOL_MAX: '10',
      DOSSIER_JWT_SECRET: SECRET,
      DOSSIER_DATA_DIR: files,
      DOSSIER_FILES_DIR: join(files, 'files'),
      LOG_LEVEL: 'warn',
      DOSSIER_RATE_PER_SECOND: '100000',
      DOSSIER_RATE_BURST: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /Dossier server: (http:\/\/\S+)/.exec(err);
      if (match) resolve(match[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  const token = await issueDevToken({ secret: SECRET, audience: 'dossier', tenantId: 'bench' });
  const rssIdle = await rssOf(child.pid as number);
  let rssPeak = rssIdle;
  const sampler = setInterval(() => void rssOf(child.pid as number).then((rss) => (rssPeak = Math.max(rssPeak, rss))), 250);
  const restStorages = Array.from({ length: CLIENTS }, () =>
    createRestStorage({ baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), timeoutMs: 60_000 }),
  );
  const http = await runMix(restStorages);
  clearInterval(sampler);
  const rssAfter = await rssOf(child.pid as number);
  await Promise.all(restStorages.map((storage) => storage.close()));
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));

  // 1b. The same mix in-process on storage-postgres: the same SQL, without HTTP, authentication or re-checks.
  console.log(`  baseline: the same mix in-process on storage-postgres (pg pool of 10) for ${SECONDS} s…`);
  const direct = await openPostgresDatabase({ db: db.pool({ max: 10 }), blobs });
  const baseline = await runMix(Array.from({ length: CLIENTS }, () => direct.storage('bench')));
  await direct.close();

  // 2. A 200 MB upload into an in-process server (the sender is curl, another process), memory sampled.
  console.log('  200 MB upload…');
  const uploadDatabase = await openPostgresDatabase({ db: db.pool(), blobs });
  const server = await createDossierServer({
    database: uploadDatabase,
    authenticate: createJwtAuthenticator({ secret: SECRET, audience: 'dossier' }),
    verifyCommits: false,
    limits: { maxBlobBytes: 256 * 1024 * 1024 },
    tmpDir: join(files, 'uploads'),
  });
  const uploadUrl = await server.listen();
  const bigFile = join(files, 'big.bin');
  const SIZE = 200 * 1024 * 1024;
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(bigFile);
    const chunk = Buffer.alloc(1024 * 1024, 7);
    let written = 0;
    const write = () => {
      while (written < SIZE) {
        written += chunk.length;
        if (!out.write(chunk)) return out.once('drain', write);
      }
      out.end(resolve);
      return undefined;
    };
    out.on('error', reject);
    write();
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let peak = { ...before };
  const memorySampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = {
      rss: Math.max(peak.rss, now.rss),
      heapUsed: Math.max(peak.heapUsed, now.heapUsed),
      heapTotal: Math.max(peak.heapTotal, now.heapTotal),
      external: Math.max(peak.external, now.external),
      arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers),
    };
  }, 20);
  const operations = JSON.stringify([{ op: 'putBlob', documentId: 'big', part: 'blob-0', size: SIZE, type: 'application/octet-stream' }]);
  const uploadStarted = performance.now();
  const status = await new Promise<string>((resolve, reject) =>
    execFile(
      'curl',
      [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-H',
        `authorization: Bearer ${token}`,
        '-F',
        `operations=${operations}`,
        '-F',
        'scope={"dossierIds":[],"riskTypeIds":[]}',
        '-F',
        `blob-0=@${bigFile};type=application/octet-stream`,
        `${uploadUrl}/commits`,
      ],
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
  const uploadSeconds = (performance.now() - uploadStarted) / 1000;
  clearInterval(memorySampler);
  await server.close();
  await uploadDatabase.close();
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const upload = {
    status,
    seconds: uploadSeconds,
    heapGrowthMB: mb(peak.heapUsed - before.heapUsed),
    externalGrowthMB: mb(peak.external - before.external),
    arrayBuffersGrowthMB: mb(peak.arrayBuffers - before.arrayBuffers),
    rssGrowthMB: mb(peak.rss - before.rss),
  };

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `\nServer under load: ${CLIENTS} clients, ${SECONDS} s, 40 % audit pages, 40 % completeness reads, 20 % commits of a 2 KB PDF (verified); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.table({
    'server over HTTP (PostgreSQL)': {
      'ops/s': http.perSecond.toFixed(0),
      errors: http.errors,
      'audit p50/p99': `${ms(http.byKind.audit.p50)} / ${ms(http.byKind.audit.p99)}`,
      'completeness p50/p99': `${ms(http.byKind.completeness.p50)} / ${ms(http.byKind.completeness.p99)}`,
      'commit p50/p99': `${ms(http.byKind.commit.p50)} / ${ms(http.byKind.commit.p99)}`,
    },
    'storage-postgres in-process': {
      'ops/s': baseline.perSecond.toFixed(0),
      errors: baseline.errors,
      'audit p50/p99': `${ms(baseline.byKind.audit.p50)} / ${ms(baseline.byKind.audit.p99)}`,
      'completeness p50/p99': `${ms(baseline.byKind.completeness.p50)} / ${ms(baseline.byKind.completeness.p99)}`,
      'commit p50/p99': `${ms(baseline.byKind.commit.p50)} / ${ms(baseline.byKind.commit.p99)}`,
    },
  });
  console.log(
    `  throughput ratio server / in-process: ${(http.perSecond / baseline.perSecond).toFixed(2)}; server memory (RSS): ${rssIdle.toFixed(0)} MB idle, ${rssPeak.toFixed(0)} MB peak, ${rssAfter.toFixed(0)} MB after`,
  );
  if (http.errors > 0) console.log(`  errors: ${http.firstErrors.join(' | ')}`);
  console.log(
    `\n200 MB upload (curl → server, streamed to disk, hashed on the way): HTTP ${upload.status} in ${upload.seconds.toFixed(1)} s`,
  );
  console.table({
    growth: {
      heap: `${upload.heapGrowthMB.toFixed(1)} MB`,
      external: `${upload.externalGrowthMB.toFixed(1)} MB`,
      arrayBuffers: `${upload.arrayBuffersGrowthMB.toFixed(1)} MB`,
      rss: `${upload.rssGrowthMB.toFixed(1)} MB`,
    },
  });
  console.log(
    `BENCH_RESULT ${JSON.stringify({ seconds: SECONDS, clients: CLIENTS, http: { ...http, rssIdleMB: rssIdle, rssPeakMB: rssPeak, rssAfterMB: rssAfter }, baseline, upload })}`,
  );
} finally {
  await db.drop();
  await rm(files, { recursive: true, force: true });
}
