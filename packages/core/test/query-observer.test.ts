import { expect } from 'chai';
import {
  AuditWindow,
  createDossierClient,
  createMemoryStorage,
  dossierQueries,
  QueryObserver,
  type DossierClient,
  type QueryState,
  type StoragePort,
} from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';

/** A storage that counts what the client asks of it. */
function counting(storage: StoragePort): StoragePort & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
  return {
    calls,
    get capabilities() {
      return storage.capabilities;
    },
    get: (kind, id) => (count(`get:${kind}`), storage.get(kind, id)),
    getMany: (kind, ids) => (count(`getMany:${kind}`), storage.getMany(kind, ids)),
    listRiskTypes: () => (count('listRiskTypes'), storage.listRiskTypes()),
    listChildren: (kind, parentId) => (count(`listChildren:${kind}`), storage.listChildren(kind, parentId)),
    getBlob: (documentId) => (count('getBlob'), storage.getBlob(documentId)),
    queryAudit: (query) => (count('queryAudit'), storage.queryAudit(query)),
    commit: (operations, scope) => storage.commit(operations, scope),
    subscribe: (listener) => storage.subscribe(listener),
    close: () => storage.close(),
  };
}

async function portfolio(count: number): Promise<{ client: DossierClient; storage: ReturnType<typeof counting> }> {
  const storage = counting(createMemoryStorage());
  const client = createDossierClient({ storage, now: () => new Date('2026-11-28T10:00:00Z') });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis' });
  await client.pieces.add('auto', { label: 'Carte grise' });
  for (let i = 0; i < count; i += 1) {
    await client.dossiers.open({ id: `P-${i}`, riskTypeId: 'auto', client: { id: `c${i}`, name: `Client ${i}`, email: '' } });
  }
  storage.calls.clear();
  return { client, storage };
}

const settled = <T>(observer: QueryObserver<T>): Promise<QueryState<T>> =>
  new Promise((resolve) => {
    const now = observer.getState();
    if (now.status !== 'loading') return resolve(now);
    const stop = observer.subscribe((state) => {
      stop();
      resolve(state);
    });
  });

describe('QueryObserver (core, framework-agnostic)', () => {
  it('reads the summaries of 300 badges mounted together in one storage read', async () => {
    const { client, storage } = await portfolio(300);
    const observers = Array.from({ length: 300 }, (_, i) => new QueryObserver(client, dossierQueries.summary(`P-${i}`)));
    const stops = observers.map((observer) => observer.subscribe(() => undefined));
    const states = await Promise.all(observers.map(settled));
    expect(states.every((state) => state.status === 'ready' && state.value?.requiredMissing === 2)).to.equal(true);
    expect(Object.fromEntries(storage.calls)).to.deep.equal({ 'getMany:summary': 1 });
    stops.forEach((stop) => stop());
  });

  it('shares one load between observers of the same key, and reloads only what a change concerns', async () => {
    const { client, storage } = await portfolio(3);
    const a = new QueryObserver(client, dossierQueries.completeness('P-0'));
    const b = new QueryObserver(client, dossierQueries.completeness('P-0'));
    const other = new QueryObserver(client, dossierQueries.completeness('P-1'));
    const seen = { a: 0, b: 0, other: 0 };
    const stops = [a.subscribe(() => (seen.a += 1)), b.subscribe(() => (seen.b += 1)), other.subscribe(() => (seen.other += 1))];
    await Promise.all([settled(a), settled(b), settled(other)]);
    expect(storage.calls.get('get:dossier')).to.equal(2); // one per dossier, not per observer
    const [permis] = await client.pieces.list('auto');
    await client.documents.add('P-0', { blob: samplePdf('observer'), name: 'permis.pdf' }, { pieceId: permis!.id });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.getState().value?.requiredMissing).to.equal(1);
    expect(b.getState().value).to.equal(a.getState().value);
    expect(seen.other, 'P-1 is not told of a change to P-0').to.equal(1);
    expect(seen.a).to.equal(2);
    stops.forEach((stop) => stop());
  });

  it('follows a new key, turns a failure into the error state, and recovers on reload', async () => {
    const { client } = await portfolio(2);
    const observer = new QueryObserver(client, dossierQueries.summary('nope'));
    const states: QueryState<unknown>[] = [];
    const stop = observer.subscribe((state) => states.push(state));
    const failed = await settled(observer);
    expect(failed.status).to.equal('error');
    expect((failed.error as { code?: string }).code).to.equal('not-found');
    observer.setDefinition(dossierQueries.summary('P-1'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(observer.getState().status).to.equal('ready');
    expect(observer.getState().value).to.include({ id: 'P-1', requiredMissing: 2 });
    stop();
  });

  it('shows a summary at the client’s date: an expired document counts as missing', async () => {
    const storage = createMemoryStorage();
    const may = createDossierClient({ storage, now: () => new Date('2026-05-25T00:00:00Z') });
    await may.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const attestation = await may.pieces.add('auto', { label: 'Attestation', validityDays: 30 });
    await may.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c', name: 'C', email: '' } });
    await may.documents.add('P-1', { blob: samplePdf('expiring'), name: 'a.pdf' }, { pieceId: attestation.id, issuedOn: '2026-05-20' });
    const july = createDossierClient({ storage, now: () => new Date('2026-07-01T00:00:00Z') });
    const [inMay] = await may.summaries(['P-1']);
    const [inJuly, unknown] = await july.summaries(['P-1', 'P-404']);
    expect(inMay?.requiredMissing).to.equal(0);
    expect(inJuly?.requiredMissing).to.equal(1);
    expect(inJuly?.missingLabels).to.deep.equal(['Attestation']);
    expect(unknown).to.equal(null);
  });
});

describe('AuditWindow (core, framework-agnostic)', () => {
  it('loads the rows of a window, and reloads after a change', async () => {
    const { client } = await portfolio(120);
    await Promise.all([0, 1, 2].map((i) => client.dossiers.convert(`P-${i}`, { contractId: `C-${i}` })));
    const audit = new AuditWindow({ pageSize: 10, debounceMs: 5 });
    let notified = 0;
    const stop = audit.subscribe(() => (notified += 1));
    audit.setSource(client, { phase: 'contract', onlyIncomplete: true, order: 'oldest' });
    audit.setWindow(0, 10);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(audit.status).to.equal('ready');
    expect(audit.total).to.equal(3);
    expect([0, 1, 2].map((i) => audit.row(i)?.id)).to.have.members(['P-0', 'P-1', 'P-2']);
    await client.dossiers.convert('P-3', { contractId: 'C-3' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(audit.total).to.equal(4);
    expect(notified).to.be.greaterThan(1);
    stop();
  });
});
