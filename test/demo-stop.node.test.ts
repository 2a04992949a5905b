// Stopping `npm start` (examples/crm-demo/serve.mjs) stops the reference server it spawned, however
// it is stopped: Ctrl+C (SIGINT), SIGTERM, or killed outright (SIGKILL, which runs no handler).
// Afterwards the demo's port and the server's are free and no process of theirs survives.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether `port` can be listened on, on 127.0.0.1. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Whether process `pid` still runs (a zombie, dead but not reaped, counts as gone). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat)) return !/^\d+ \(.*\) Z /.test(readFileSync(stat, 'utf8'));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process ids of `pid`'s children (Linux). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${ms / 1000}s`);
}

interface RunningDemo {
  readonly demo: ChildProcess;
  readonly port: number;
  readonly apiPort: number;
  readonly serverPids: readonly number[];
}

/** Starts the demo as `npm start` does, on a free port; resolves once it says where it listens. */
async function startDemo(): Promise<RunningDemo> {
  const port = await freePort();
  const demo = spawn(process.execPath, ['examples/crm-demo/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  demo.stdout!.on('data', (chunk) => (output += chunk));
  demo.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(() => /API http:\/\/127\.0\.0\.1:(\d+)/.test(output) || demo.exitCode !== null, 'the demo started', 90_000);
  const apiPort = Number(/API http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  expect(apiPort, output).to.be.greaterThan(0);
  expect(output).to.contain(`http://127.0.0.1:${port}/`);
  expect(await portIsFree(port), 'the demo listens').to.equal(false);
  expect(await portIsFree(apiPort), 'the server listens').to.equal(false);
  const serverPids = childrenOf(demo.pid!);
  expect(serverPids.length, 'the server runs as a child of the demo').to.be.greaterThan(0);
  return { demo, port, apiPort, serverPids };
}

describe('npm start (examples/crm-demo/serve.mjs): stopping it stops its server', function () {
  this.timeout(180_000);

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    it(`on ${signal}: the demo ends, its server too, both ports are free`, async () => {
      const { demo, port, apiPort, serverPids } = await startDemo();
      const ended = new Promise((resolve) => demo.once('exit', resolve));
      demo.kill(signal);
      await ended;
      await eventually(() => serverPids.every((pid) => !alive(pid)), `the server (pid ${serverPids.join(', ')}) stopped`);
      await eventually(() => portIsFree(port), `port ${port} free`);
      await eventually(() => portIsFree(apiPort), `port ${apiPort} free`);
    });
  }
});
