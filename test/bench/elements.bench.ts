// Element benchmarks, in headless Chromium: 1,000 badges on a page, and the audit view over 100,000 contracts.
import { createDossierClient, createMemoryStorage, type DossierSummary, type StorageOperation } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '@dossier/elements/define';
import type { DossierBadge } from '@dossier/elements';
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

async function badgeBench() {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  for (const label of ['Permis de conduire', 'Carte grise', 'Relevé d’information']) await client.pieces.add('auto', { label });
  for (let i = 0; i < BADGES; i += 1) {
    await client.dossiers.open({ id: `D-${i}`, riskTypeId: 'auto', client: { id: `c${i}`, name: `Client ${i}`, email: 'c@example.fr' } });
  }
  const container = document.createElement('div');
  const start = performance.now();
  for (let i = 0; i < BADGES; i += 1) {
    const badge = document.createElement('dossier-badge');
    badge.client = client;
    badge.dossierId = `D-${i}`;
    container.append(badge);
  }
  document.body.append(container);
  const badges = [...container.querySelectorAll('dossier-badge')] as DossierBadge[];
  await waitFor(() => badges.every((b) => b.count !== undefined));
  await Promise.all(badges.map((b) => b.updateComplete));
  const firstRenderMs = performance.now() - start;
  await nextFrame();
  const before = badges.map((b) => b.renderCount);
  const target = badges[500]!;
  const [piece] = await client.pieces.list('auto');
  const addStart = performance.now();
  await client.documents.add('D-500', { blob: samplePdf('bench'), name: 'permis.pdf' }, { pieceId: piece!.id });
  await waitFor(() => target.count === 2);
  await target.updateComplete;
  const updateMs = performance.now() - addStart;
  await nextFrame();
  const rendersTriggered = badges.reduce((sum, b, i) => sum + (b.renderCount - before[i]!), 0);
  container.remove();
  return { firstRenderMs, updateMs, rendersTriggered };
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
    riskTypeId: 'auto', phase: 'contract', stage: null, requiredMissing: 1, toArchive: 0, unclassified: 0, incomplete: 1,
    missingLabels: ['Permis de conduire'], missingPieceIds: ['p0'], lastReminderAt: null, staleAt: null, revision: 1,
  };
  const operations: StorageOperation[] = [{ op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Automobile', revision: 1 } }];
  for (let i = 0; i < CONTRACTS; i += 1) {
    const id = `C-${String(i).padStart(6, '0')}`;
    operations.push({ op: 'put', kind: 'summary', value: { ...base, id, clientName: `Client ${String(i).padStart(6, '0')}`, contractId: id, since: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() } });
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
