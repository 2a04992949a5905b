// Element benchmarks, in headless Chromium: 1,000 badges on Dexie beside a raw-Dexie floor, and the audit view over 100,000 contracts.
import { createDossierClient, createMemoryStorage, type DossierSummary, type StoragePort } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { samplePdf, snapshotStorage } from '@dossier/core/testing';
import '@dossier/elements/define';
import type { DossierBadge } from '@dossier/elements';
import { createDexieDatabase, createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';
import type Dexie from 'dexie';
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { host, publish } from './bench-page.js';

const BADGES = 1000;
const CONTRACTS = 100_000;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function waitFor(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** A storage that counts the reads the client makes of it. */
function countingReads(storage: StoragePort): StoragePort & { reads: number } {
  const counter = { reads: 0 };
  const read = <T>(task: () => Promise<T>): Promise<T> => ((counter.reads += 1), task());
  return Object.assign(counter, {
    get capabilities() {
      return storage.capabilities;
    },
    get: ((kind, id) => read(() => storage.get(kind, id))) as StoragePort['get'],
    getMany: ((kind, ids) => read(() => storage.getMany(kind, ids))) as StoragePort['getMany'],
    listRiskTypes: () => read(() => storage.listRiskTypes()),
    listChildren: ((kind, parentId) => read(() => storage.listChildren(kind, parentId))) as StoragePort['listChildren'],
    getBlob: (documentId: string) => read(() => storage.getBlob(documentId)),
    queryAudit: (query: Parameters<StoragePort['queryAudit']>[0]) => read(() => storage.queryAudit(query)),
    commit: (operations: readonly StorageOperation[], scope: Parameters<StoragePort['commit']>[1]) => storage.commit(operations, scope),
    subscribe: (listener: Parameters<StoragePort['subscribe']>[0]) => storage.subscribe(listener),
    close: () => storage.close(),
  });
}

/**
 * The floor: the least an element can do to show a badge's number, a Lit element reading the
 * same stored summary through raw Dexie in its own request.
 */
class FloorBadge extends LitElement {
  static db: Dexie;
  @property() dossierId = '';
  @state() count: number | undefined;
  override connectedCallback(): void {
    super.connectedCallback();
    void FloorBadge.db
      .table('summaries')
      .get(this.dossierId)
      .then((summary: DossierSummary | undefined) => (this.count = summary?.requiredMissing));
  }
  protected override render() {
    return html`<button>${this.count ?? '…'}</button>`;
  }
}
customElements.define('bench-floor-badge', FloorBadge);

/** Puts `count` badges of `tag` in the page and waits until every one shows its number; returns the time taken. */
async function mountBadges(
  tag: string,
  count: number,
  setUp: (badge: HTMLElement & { dossierId: string }, index: number) => void,
): Promise<{ ms: number; container: HTMLElement }> {
  const container = document.createElement('div');
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const badge = document.createElement(tag) as HTMLElement & { dossierId: string };
    setUp(badge, i);
    badge.dossierId = `D-${i}`;
    container.append(badge);
  }
  document.body.append(container);
  const badges = [...container.children] as (LitElement & { count?: number })[];
  await waitFor(() => badges.every((b) => b.count !== undefined));
  await Promise.all(badges.map((b) => b.updateComplete));
  return { ms: performance.now() - start, container };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function badgeBench() {
  // 1,000 proposals written once with the client on memory, copied into Dexie in one commit.
  const memory = createMemoryStorage();
  const seeding = createDossierClient({ storage: memory });
  await seeding.riskTypes.put({ id: 'auto', label: 'Automobile' });
  for (const label of ['Permis de conduire', 'Carte grise', 'Relevé d’information']) await seeding.pieces.add('auto', { label });
  for (let i = 0; i < BADGES; i += 1) {
    await seeding.dossiers.open({ id: `D-${i}`, riskTypeId: 'auto', client: { id: `c${i}`, name: `Client ${i}`, email: 'c@example.fr' } });
  }
  const name = `bench-badges-${Date.now()}`;
  const dexie = createDexieStorage({ name, requestPersistence: false });
  const snapshot = await snapshotStorage(memory);
  await dexie.commit(
    [
      ...snapshot.riskTypes.map((value): StorageOperation => ({ op: 'put', kind: 'riskType', value })),
      ...snapshot.pieces.map((value): StorageOperation => ({ op: 'put', kind: 'piece', value })),
      ...snapshot.dossiers.map((value): StorageOperation => ({ op: 'put', kind: 'dossier', value })),
      ...snapshot.summaries.map((value): StorageOperation => ({ op: 'put', kind: 'summary', value })),
    ],
    { dossierIds: [], riskTypeIds: [] },
  );
  FloorBadge.db = createDexieDatabase(name);
  await FloorBadge.db.open();

  // Side by side, alternating, three times each: the median of each.
  const floor: number[] = [];
  const dossier: number[] = [];
  let readsPerThousand: number | undefined;
  for (let round = 0; round < 3; round += 1) {
    const raw = await mountBadges('bench-floor-badge', BADGES, () => undefined);
    floor.push(raw.ms);
    raw.container.remove();
    await nextFrame();
    // A fresh client each round: nothing cached from the round before.
    const storage = countingReads(createDexieStorage({ name, requestPersistence: false }));
    const client = createDossierClient({ storage });
    const mounted = await mountBadges('dossier-badge', BADGES, (badge) => ((badge as DossierBadge).client = client));
    dossier.push(mounted.ms);
    readsPerThousand = storage.reads;
    if (round < 2) {
      mounted.container.remove();
      await storage.close();
      await nextFrame();
      continue;
    }
    // The last round stays, to time documents.add → the badge updated.
    await nextFrame();
    const badges = [...mounted.container.children] as DossierBadge[];
    const before = badges.map((b) => b.renderCount);
    const target = badges[500]!;
    const [piece] = await client.pieces.list('auto');
    const marks: Record<string, number> = {};
    const addStart = performance.now();
    await client.documents.add(
      'D-500',
      { blob: samplePdf('bench'), name: 'permis.pdf' },
      {
        pieceId: piece!.id,
        onProgress: (progress) => (marks[progress.step] = performance.now()),
      },
    );
    const committed = performance.now();
    await waitFor(() => target.count === 2);
    const told = performance.now();
    await target.updateComplete;
    const rendered = performance.now();
    await nextFrame();
    const rendersTriggered = badges.reduce((sum, b, i) => sum + (b.renderCount - before[i]!), 0);
    mounted.container.remove();
    await storage.close();
    FloorBadge.db.close();
    await deleteDexieStorage(name);
    return {
      firstRenderMs: median(dossier),
      floorMs: median(floor),
      ratioToFloor: median(dossier) / median(floor),
      readsPerThousand,
      updateMs: rendered - addStart,
      update: {
        validationMs: (marks['storing'] ?? addStart) - addStart,
        commitMs: committed - (marks['storing'] ?? addStart),
        afterCommitMs: rendered - committed,
        reloadMs: told - committed,
        renderMs: rendered - told,
      },
      rendersTriggered,
    };
  }
  throw new Error('unreachable');
}

function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count += 1;
    node.childNodes.forEach(walk);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return count;
}

async function auditBench() {
  const storage = createMemoryStorage();
  const base: Omit<DossierSummary, 'id' | 'clientName' | 'contractId' | 'since'> = {
    riskTypeId: 'auto',
    phase: 'contract',
    stage: null,
    requiredMissing: 1,
    toArchive: 0,
    unclassified: 0,
    incomplete: 1,
    missingLabels: ['Permis de conduire'],
    missingPieceIds: ['p0'],
    lastReminderAt: null,
    staleAt: null,
    revision: 1,
  };
  const operations: StorageOperation[] = [{ op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Automobile', revision: 1 } }];
  for (let i = 0; i < CONTRACTS; i += 1) {
    const id = `C-${String(i).padStart(6, '0')}`;
    operations.push({
      op: 'put',
      kind: 'summary',
      value: {
        ...base,
        id,
        clientName: `Client ${String(i).padStart(6, '0')}`,
        contractId: id,
        since: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      },
    });
  }
  await storage.commit(operations, { dossierIds: [], riskTypeIds: [] });
  const client = createDossierClient({ storage });
  const start = performance.now();
  const audit = document.createElement('dossier-audit') as HTMLElement & { client: typeof client };
  audit.client = client;
  audit.style.height = '600px';
  audit.style.display = 'block';
  document.body.append(audit);
  await waitFor(() => (audit.shadowRoot?.textContent ?? '').includes('Client 000000'));
  const firstRowsMs = performance.now() - start;
  await nextFrame();
  const domNodes = countNodes(audit.shadowRoot!);
  const rowsInDom = audit.shadowRoot!.querySelectorAll('[part~="row"]').length;
  audit.remove();
  return { firstRowsMs, domNodes, rowsInDom };
}

publish(async () => {
  await host.benchLog(`${BADGES} badges…`);
  const badges = await badgeBench();
  await host.benchLog(`audit over ${CONTRACTS} contracts…`);
  const audit = await auditBench();
  return { badges, audit };
});
