import { expect } from 'chai';
import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';
import { createAuditApiOnDemand } from '../src/client/audit-api-on-demand.js';
import { createClientContext, type ClientContext } from '../src/client/client-context.js';
import { createDocumentsApiOnDemand } from '../src/client/documents-api-on-demand.js';
import { createDossiersApiOnDemand } from '../src/client/dossiers-api-on-demand.js';
import { createPiecesApiOnDemand } from '../src/client/pieces-api-on-demand.js';
import { createPiecesApi } from '../src/client/pieces-api.js';
import { createPortalApiOnDemand } from '../src/client/portal-api-on-demand.js';
import { createReminderPoliciesApiOnDemand } from '../src/client/reminder-policies-api-on-demand.js';
import { createReminderPoliciesApi } from '../src/client/reminder-policies-api.js';
import { createRemindersApiOnDemand } from '../src/client/reminders-api-on-demand.js';
import { createRemindersApi } from '../src/client/reminders-api.js';
import { createUploadLinksApiOnDemand } from '../src/client/upload-links-api-on-demand.js';
import { createUploadLinksApi } from '../src/client/upload-links-api.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StoragePort } from '../src/storage/storage-port.js';
import { samplePdf } from '../src/testing/sample-files.js';
import { rejects } from './support/rejects.js';

const NOW = new Date('2026-12-01T09:00:00.000Z');

/** A client on memory with one risk type, one required piece and one open dossier. */
async function setUp(options: { portalUrl?: (token: string) => string } = {}): Promise<{ client: DossierClient; storage: StoragePort }> {
  let n = 0;
  const storage = createMemoryStorage();
  const client = createDossierClient({ storage, now: () => NOW, newId: () => `id-${(n += 1)}`, ...options });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.dossiers.open({
    id: 'P-1',
    riskTypeId: 'auto',
    client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' },
  });
  return { client, storage };
}

/** The context a client builds, for a part made alone. */
function contextOn(storage: StoragePort, locale: Locale = 'fr'): ClientContext {
  return createClientContext({
    storage,
    locale,
    now: () => NOW,
    newId: () => globalThis.crypto.randomUUID(),
    defaultMaxBytes: 1024,
    reminderTemplates: {},
    cabinetName: '',
    portalUrl: undefined,
    localeReady: Promise.resolve(),
  });
}

/** What a browser throws when a chunk cannot be fetched. */
const chunkFailure = (): TypeError => new TypeError('Failed to fetch dynamically imported module: /assets/reminders-api.js');

describe('client parts loaded on their first call', () => {
  it('work on the first call of a fresh client, each of them', async () => {
    const { client } = await setUp({ portalUrl: (token) => `https://crm.example/portal/${token}` });
    // Synchronous, with no load at all.
    expect(client.uploadLinks.hasPortalUrl).to.equal(true);
    const draft = await client.reminders.compose('P-1');
    expect(draft.to).to.equal('jeanne@example.fr');
    expect((await client.reminderPolicies.get(null)).source).to.equal('default');
    const created = await client.uploadLinks.create('P-1');
    expect(created.url).to.equal(`https://crm.example/portal/${created.token}`);
    expect((await client.portal.view(created.token)).pieces.map((piece) => piece.label)).to.deep.equal(['Permis de conduire']);
    expect((await setUp()).client.uploadLinks.hasPortalUrl).to.equal(false);
  });

  it('concurrent first calls load once and run in the order they were made', async () => {
    const { storage } = await setUp();
    const context = contextOn(storage);
    let loads = 0;
    const order: string[] = [];
    const reminders = createRemindersApiOnDemand(context, async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      const api = createRemindersApi(context);
      return {
        ...api,
        list: (id) => (order.push('list'), api.list(id)),
        plan: (id) => (order.push('plan'), api.plan(id)),
        compose: (id, options) => (order.push('compose'), api.compose(id, options)),
      };
    });
    const [list, plan, draft] = await Promise.all([reminders.list('P-1'), reminders.plan('P-1'), reminders.compose('P-1')]);
    expect(loads).to.equal(1);
    expect(order).to.deep.equal(['list', 'plan', 'compose']);
    expect(list).to.deep.equal([]);
    expect(plan.schedule).to.equal(null);
    expect(draft.pieceIds).to.have.length(1);
    // Once loaded, a call goes straight to the part, in the same turn, as if it had come with the page.
    const listed = reminders.list('P-1');
    expect(order).to.deep.equal(['list', 'plan', 'compose', 'list']);
    await listed;
    expect(loads).to.equal(1);
  });

  it('a failed load rejects every waiting call with storage-unavailable, localized, and the next call loads again', async () => {
    const { storage } = await setUp();
    const context = contextOn(storage, 'en');
    let loads = 0;
    const policies = createReminderPoliciesApiOnDemand(context, async () => {
      loads += 1;
      if (loads === 1) throw chunkFailure();
      return createReminderPoliciesApi(context);
    });
    const [first, second] = await Promise.all([
      rejects(() => policies.get(null), 'storage-unavailable'),
      rejects(() => policies.put('auto', { enabled: false } as never), 'storage-unavailable'),
    ]);
    expect(loads).to.equal(1);
    expect(first.message).to.contain('Failed to fetch dynamically imported module');
    expect((first as Error & { locale: string }).locale).to.equal('en');
    expect((first as Error & { cause?: unknown }).cause).to.be.instanceOf(TypeError);
    expect(second.message).to.equal(first.message);
    // Nothing was written by the call that failed to load.
    expect(await storage.get('reminderPolicy', 'auto')).to.equal(undefined);
    expect((await policies.get('auto')).source).to.equal('default');
    expect(loads).to.equal(2);
  });

  it('after a failed load, bad input is refused as it always is', async () => {
    const { storage } = await setUp();
    const context = contextOn(storage);
    let fail = true;
    const links = createUploadLinksApiOnDemand(context, async () => {
      if (fail) throw chunkFailure();
      return createUploadLinksApi(context);
    });
    await rejects(() => links.create('P-1'), 'storage-unavailable');
    fail = false;
    await rejects(() => links.create('P-1', { expiresInDays: -1 }), 'invalid-input');
    await rejects(() => links.revoke('nope'), 'not-found');
    expect(await storage.listChildren('uploadLink', 'P-1')).to.deep.equal([]);
  });

  it('a part that cannot load fails with storage-unavailable, never a bare error', async () => {
    const { storage } = await setUp();
    const context = contextOn(storage);
    const portal = createPortalApiOnDemand(context, () => Promise.reject(chunkFailure()));
    for (const call of [() => portal.view('token'), () => portal.allowUpload('token', 'p', 1)]) {
      await rejects(call, 'storage-unavailable');
    }
  });

  it('the reminders keep refusing a bad stop reason with invalid-input, loaded or not', async () => {
    const { client } = await setUp();
    const error = await rejects(() => client.reminders.stop('P-1', 'nobody' as never), 'invalid-input');
    expect((error as Error & { details: { field: string } }).details.field).to.equal('reason');
    await rejects(() => client.reminders.stop('P-1', 'nobody' as never), 'invalid-input');
    await rejects(() => client.reminders.stop('P-1'), 'not-found');
  });

  it('reads of documents, pieces and dossiers need no load; their writes fail typed and write nothing when the load fails', async () => {
    const { client, storage } = await setUp();
    const context = contextOn(storage);
    const [piece] = await client.pieces.list('auto');
    const failing = () => Promise.reject(chunkFailure());
    const documents = createDocumentsApiOnDemand(context, failing);
    const pieces = createPiecesApiOnDemand(context, failing);
    const dossiers = createDossiersApiOnDemand(context, failing);
    const audit = createAuditApiOnDemand(context, failing);
    expect(await documents.list('P-1')).to.deep.equal([]);
    await rejects(() => documents.get('nope'), 'not-found');
    await rejects(() => documents.read('nope'), 'not-found');
    expect((await pieces.list('auto')).map((p) => p.id)).to.deep.equal([piece?.id]);
    expect((await pieces.get(piece?.id ?? '')).label).to.equal('Permis de conduire');
    await rejects(() => pieces.list('nope'), 'not-found');
    expect((await dossiers.get('P-1')).id).to.equal('P-1');
    await rejects(() => dossiers.get(42 as never), 'invalid-input');
    const before = await storage.get('dossier', 'P-1');
    const writes = [
      () => documents.add('P-1', { blob: samplePdf(), name: 'permis.pdf' }),
      () => documents.remove('nope'),
      () => pieces.add('auto', { label: 'RIB' }),
      () => pieces.reorder('auto', []),
      () => dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul', email: '' } }),
      () => dossiers.markLost('P-1'),
      () => audit(),
    ];
    for (const write of writes) await rejects(write, 'storage-unavailable');
    expect(await storage.listChildren('document', 'P-1')).to.deep.equal([]);
    expect(await storage.listChildren('piece', 'auto')).to.have.length(1);
    expect(await storage.get('dossier', 'P-2')).to.equal(undefined);
    expect(await storage.get('dossier', 'P-1')).to.deep.equal(before);
  });

  it('writes of documents, pieces and dossiers work on the first call, and refuse bad input as before', async () => {
    const { client } = await setUp();
    const document = await client.documents.add('P-1', { blob: samplePdf(), name: 'permis.pdf' });
    expect((await client.documents.list('P-1')).map((d) => d.id)).to.deep.equal([document.id]);
    const { client: fresh, storage } = await setUp();
    await rejects(() => fresh.pieces.add('auto', { label: '' }), 'invalid-input');
    await rejects(
      () => fresh.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'J', email: 'not an address' } }),
      'invalid-input',
    );
    await rejects(() => fresh.documents.classify('nope', null), 'not-found');
    expect((await fresh.audit({ phase: 'proposal' })).items.map((row) => row.id)).to.deep.equal(['P-1']);
    expect(await storage.listChildren('piece', 'auto')).to.have.length(1);
  });

  it('a slow load of the catalogue writes: pieces added at once are all added, after one load', async () => {
    const { storage } = await setUp();
    const context = contextOn(storage);
    let loads = 0;
    const pieces = createPiecesApiOnDemand(context, async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return createPiecesApi(context);
    });
    const added = await Promise.all(['RIB', 'Carte grise', 'Relevé'].map((label) => pieces.add('auto', { label })));
    expect(loads).to.equal(1);
    // Concurrent writers on one risk type conflict and retry, so the order they land in is theirs.
    expect((await pieces.list('auto')).map((p) => p.label).sort()).to.deep.equal(
      ['Permis de conduire', ...added.map((p) => p.label)].sort(),
    );
    expect(added.map((p) => p.label)).to.deep.equal(['RIB', 'Carte grise', 'Relevé']);
  });
});
