import {
  DossierError,
  computeCompleteness,
  createDossierClient,
  type CollectedDocument,
  type Dossier,
  type DossierClient,
  type DossierSummary,
  type StoragePort,
} from '@dossier/core';
import { summarizeDossier, type ChangeScope, type StorageOperation } from '@dossier/core/adapter';
import { samplePdf } from '@dossier/core/testing';
import { createRestStorage } from '@dossier/storage-rest';
import type { TestServer } from './test-server.js';

/** The clock of the test clients. */
export const CLIENT_NOW = new Date('2026-11-28T10:00:00Z');

/** A commit a client would send, to tamper with. */
export interface CapturedCommit {
  operations: StorageOperation[];
  scope: ChangeScope;
}

/** A seeded tenant on a verifying server: a client, the raw storage under it, and a way to capture what the client would commit. */
export interface ForgeryBench {
  readonly storage: StoragePort;
  readonly client: DossierClient;
  /** The commit `action` makes the client send; nothing is sent. */
  capture(action: (client: DossierClient) => Promise<unknown>): Promise<CapturedCommit>;
  /** Every record and the feed position of the tenant, to prove a refused commit wrote nothing. */
  snapshot(): Promise<string>;
}

/**
 * Seeds a fresh tenant through a real client: risk types `auto` (pieces
 * permis: PDF, carte grise: PDF or image) and `mrh` (attestation), the
 * proposal P-1 with a permis PDF, and the contract C-1 (converted, nothing
 * collected).
 */
export async function forgeryBench(server: TestServer, tenantId: string): Promise<ForgeryBench> {
  const token = await server.token(tenantId);
  const storage = createRestStorage({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }), retries: 0 });
  let n = 0;
  const options = { newId: () => `id-${(n += 1)}`, now: () => CLIENT_NOW };
  const client = createDossierClient({ storage, ...options });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'] });
  await client.riskTypes.put({ id: 'mrh', label: 'Habitation' });
  await client.pieces.add('mrh', { label: 'Attestation', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  await client.documents.add('P-1', { blob: samplePdf('permis'), name: 'permis.pdf' }, { pieceId: permis.id });
  await client.dossiers.open({ id: 'C-1', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul Durand', email: 'paul@example.fr' } });
  await client.dossiers.convert('C-1', { contractId: 'CT-1' });

  const captured: CapturedCommit[] = [];
  const capturing: StoragePort = {
    ...storage,
    async commit(operations, scope) {
      captured.push({ operations: [...operations], scope: { dossierIds: [...scope.dossierIds], riskTypeIds: [...scope.riskTypeIds] } });
      throw new DossierError('storage-unavailable', { reason: 'captured' });
    },
  };
  const dryClient = createDossierClient({ storage: capturing, ...options });
  return {
    storage,
    client,
    async capture(action) {
      captured.length = 0;
      await action(dryClient).catch(() => undefined);
      const commit = captured[0];
      if (!commit) throw new Error('the action committed nothing');
      return commit;
    },
    async snapshot() {
      const riskTypes = await storage.listRiskTypes();
      const parts: unknown[] = [riskTypes];
      for (const riskType of riskTypes) {
        parts.push(await storage.listChildren('piece', riskType.id));
        for (const dossier of await storage.listChildren('dossier', riskType.id)) {
          parts.push(
            dossier,
            await storage.get('summary', dossier.id),
            await storage.listChildren('document', dossier.id),
            await storage.listChildren('reminder', dossier.id),
          );
        }
      }
      const feed = await fetch(`${server.baseUrl}/changes?since=0`, { headers: { authorization: `Bearer ${token}` } }).then(
        (response) => response.json() as Promise<{ seq: number }>,
      );
      return JSON.stringify([parts, feed.seq]);
    },
  };
}

/** The summary core would write for `dossier` with these documents, at the clients' clock (to forge one rule at a time). */
export async function summaryFor(
  storage: StoragePort,
  dossier: Dossier,
  documents: readonly CollectedDocument[],
  previous: DossierSummary | undefined,
): Promise<DossierSummary> {
  const pieces = await storage.listChildren('piece', dossier.riskTypeId);
  return summarizeDossier(
    dossier,
    computeCompleteness({ dossier, pieces, documents, now: CLIENT_NOW }),
    previous?.lastReminderAt ?? null,
    (previous?.revision ?? 0) + 1,
  );
}

/** `operations` with the put of `kind` `id` replaced by `change(value)`. */
export function tamper<T>(operations: readonly StorageOperation[], kind: string, change: (value: T) => T, id?: string): StorageOperation[] {
  let found = false;
  const result = operations.map((operation) => {
    if (operation.op !== 'put' || operation.kind !== kind || (id !== undefined && operation.value.id !== id)) return operation;
    found = true;
    return { ...operation, value: change(operation.value as T) } as StorageOperation;
  });
  if (!found) throw new Error(`no put of ${kind} to tamper with`);
  return result;
}
