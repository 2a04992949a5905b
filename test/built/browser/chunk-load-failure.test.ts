import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DossierClient, DossierClientOptions, ReminderPolicySettings, StoragePort } from '@dossier/core';

/** What the tests use of `@dossier/core`, from the package modules or from the ES script-tag bundle. */
interface CoreExports {
  readonly createDossierClient: (options: DossierClientOptions) => DossierClient;
  readonly createMemoryStorage: () => StoragePort;
  readonly isDossierError: (error: unknown) => error is Error & { readonly code: string };
}

/** A plain URL, as a script-tag host writes it: no bundler resolves it. */
const BUNDLE_URL = '/packages/elements/dist/dossier.bundle.js';

/** A part of the client loaded on its first call, where its code comes from in each build. */
const SOURCES: readonly { readonly name: string; readonly load: () => Promise<CoreExports>; readonly chunk: string }[] = [
  {
    name: 'package modules (@dossier/core as a host bundler resolves it)',
    load: async () => (await import('@dossier/core')) as unknown as CoreExports,
    chunk: '/packages/core/dist/client/reminder-policies-api.js',
  },
  {
    name: 'ES script-tag bundle (dossier.bundle.js and its parts beside it)',
    load: async () => (await import(/* @vite-ignore */ BUNDLE_URL)) as CoreExports,
    chunk: 'dossier.bundle.part-reminder-policies-api-',
  },
];

/** The cabinet's reminder policy the tests set: reminders on days 3 and 10, on weekdays. */
const POLICY: ReminderPolicySettings = {
  enabled: true,
  steps: [3, 10],
  maxReminders: 3,
  window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
  escalation: null,
};

// Issue 9: core's client loads its reminders, policies, links, portal, audit and writes on their
// first call. In a real browser, a chunk that cannot be fetched (a deploy removed it, the network
// dropped) must give the typed error the SDK promises, write nothing, and let a later call load it.
describe('a part of the client whose chunk cannot be fetched (built packages, Chromium)', () => {
  for (const source of SOURCES) {
    it(`${source.name}: storage-unavailable, nothing written, and the next call loads it`, async () => {
      const core = await source.load();
      const storage = core.createMemoryStorage();
      const client = core.createDossierClient({ storage, locale: 'en' });
      await executeServerCommand('fail-requests', { urlIncludes: source.chunk });
      let error: unknown;
      try {
        // The rejection, or a plain error (failing the checks below) if the call worked.
        error = await client.reminderPolicies.put(null, POLICY).then(
          () => new Error('expected a rejection'),
          (reason: unknown) => reason,
        );
      } finally {
        await executeServerCommand('allow-requests', { urlIncludes: source.chunk });
      }
      expect(core.isDossierError(error), String(error)).to.equal(true);
      expect((error as { code: string }).code).to.equal('storage-unavailable');
      expect((error as Error).message, 'in the client’s locale').to.match(/[a-z]/i);
      // Nothing stored: the cabinet has no policy of its own.
      expect(await storage.get('reminderPolicy', '*')).to.equal(undefined);

      // The chunk can be fetched again: the next call loads it and works.
      const policy = await client.reminderPolicies.put(null, POLICY);
      expect(policy.steps).to.deep.equal([3, 10]);
      expect((await storage.get('reminderPolicy', '*'))?.steps).to.deep.equal([3, 10]);
      await client.close();
    });
  }

  it('the idb adapter (package modules): a commit whose code cannot be fetched is storage-unavailable, nothing stored, and the next commit loads it', async () => {
    const core = (await import('@dossier/core')) as unknown as CoreExports;
    const { createIdbStorage } = await import('@dossier/storage-idb');
    const name = `dossier-chunk-failure-${Date.now()}`;
    const storage = createIdbStorage({ name });
    const client = core.createDossierClient({ storage, locale: 'en' });
    const chunk = 'storage-idb/dist/commit-idb-operations.js';
    await executeServerCommand('fail-requests', { urlIncludes: chunk });
    let error: unknown;
    try {
      // The rejection, or a plain error (failing the checks below) if the call worked.
      error = await client.riskTypes.put({ id: 'auto', label: 'Automobile' }).then(
        () => new Error('expected a rejection'),
        (reason: unknown) => reason,
      );
    } finally {
      await executeServerCommand('allow-requests', { urlIncludes: chunk });
    }
    expect(core.isDossierError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code).to.equal('storage-unavailable');
    expect(await storage.listRiskTypes(), 'nothing stored').to.deep.equal([]);

    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    expect((await storage.listRiskTypes()).map((riskType) => riskType.id)).to.deep.equal(['auto']);
    await client.close();
    indexedDB.deleteDatabase(name);
  });
});
