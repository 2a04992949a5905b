import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/server-main.ts', import.meta.url));

/** A server process started by the CLI, as an operator runs it. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** The development token, when the server printed one. */
  readonly devToken?: string;
  /** Everything it wrote to stdout (JSON log lines) so far. */
  stdout(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `server-main.ts` with `env` (on a free port unless PORT is given) and waits until it listens. */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=dossier-source', '--no-warnings', MAIN], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), timeoutMs);
    const look = () => {
      const match = /Dossier server: (http:\/\/\S+)/.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stderr?.on('data', look);
    void exited.then((code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  const devToken = /DOSSIER_DEV_TOKEN=(\S+)/.exec(err)?.[1];
  return {
    child,
    baseUrl,
    ...(devToken ? { devToken } : {}),
    stdout: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
