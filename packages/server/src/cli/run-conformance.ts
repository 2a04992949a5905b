import { randomBytes } from 'node:crypto';
import { runStorageConformance, type SuiteFunction, type TestFunction } from '@dossier/core/testing';
import { createRestStorage } from '@dossier/storage-rest';
import { issueDevToken } from '../auth/issue-dev-token.js';
import type { ConformanceOptions } from './conformance-options.js';

/** The conformance tests that write through core's client, which a verifying server accepts. */
const CLIENT_TESTS = /client|random operations|typed errors|unknown records|conversion keeps/;
/** Longest a single test may take. */
const TEST_TIMEOUT_MS = 120_000;

/** Outcome of a run. */
export interface ConformanceResult {
  readonly passed: number;
  readonly failed: number;
}

/**
 * Runs the storage conformance suite against a server over HTTP, one test
 * after another, each on a storage of its own tenant, printing a line per test.
 */
export async function runConformance(options: ConformanceOptions, print: (line: string) => void): Promise<ConformanceResult> {
  const run = randomBytes(4).toString('hex');
  let serial = 0;
  const tests: { name: string; body: () => Promise<void> | void }[] = [];
  const path: string[] = [];
  const describe: SuiteFunction = (name, body) => {
    path.push(name);
    try {
      body();
    } finally {
      path.pop();
    }
  };
  const it: TestFunction = (name, body) => {
    const full = [...path, name].join(' › ');
    if (options.clientOnly && !CLIENT_TESTS.test(full)) return;
    if (options.grep && !options.grep.test(full)) return;
    tests.push({ name: full, body });
  };
  const tenantStorages = new WeakMap<object, string>();
  const connect = async (tenant: string) => {
    const replace = (text: string) => text.replaceAll('{tenant}', encodeURIComponent(tenant));
    const headers: Record<string, string> = Object.fromEntries(
      Object.entries(options.headers).map(([name, value]) => [name, replace(value)]),
    );
    if (options.jwtSecret)
      headers['Authorization'] =
        `Bearer ${await issueDevToken({ secret: options.jwtSecret, audience: options.audience, tenantId: tenant, userId: 'conformance' })}`;
    const storage = createRestStorage({
      baseUrl: replace(options.baseUrl),
      headers: () => headers,
      pollIntervalMs: 100,
      timeoutMs: 60_000,
    });
    tenantStorages.set(storage, tenant);
    return storage;
  };
  runStorageConformance({
    name: options.baseUrl,
    describe,
    it,
    create: () => connect(`conformance-${run}-${(serial += 1)}`),
    connectAgain: (storage) => connect(tenantStorages.get(storage) as string),
  });

  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    try {
      await Promise.race([
        test.body(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS).unref()),
      ]);
      passed += 1;
      print(`  ✔ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      print(`  ✘ ${test.name}\n      ${error instanceof Error ? error.message.split('\n').join('\n      ') : String(error)}`);
    }
  }
  print(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
