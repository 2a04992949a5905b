import { createDossierClient } from '../client/create-dossier-client.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { StoragePort } from '../storage/storage-port.js';
import { samplePdf } from './sample-files.js';
import { snapshotStorage } from './storage-snapshot.js';

/** The clock of every client in the race and fault-injection suites. */
export const FIXTURE_NOW = new Date('2026-11-28T10:00:00.000Z');

/** Ids of the records of the race fixture that operations aim at. */
export interface RaceFixture {
  /** "auto": Permis (mandatory, PDF), Carte grise (mandatory, 365 days), Attestation (optional). */
  readonly riskTypeId: string;
  readonly permis: string;
  readonly carte: string;
  readonly attestation: string;
  /** A proposal: a loose PDF, a PDF classified to Permis, Attestation waived (and sent by the client, to review), automatic reminders scheduled. */
  readonly proposal: string;
  readonly looseDocument: string;
  readonly permisDocument: string;
  /** A complete contract (Permis and Carte grise obtained): archivable. */
  readonly contract: string;
  /** The token of an upload link of the proposal, asking for Carte grise and Attestation. */
  readonly portalToken: string;
  readonly uploadLinkId: string;
  /** A PDF the client sent for Attestation through that link, waiting for review. */
  readonly pendingDocument: string;
}

/** Commits that put a storage in the fixture's state, and the fixture's ids. */
export interface SeededFixture {
  readonly fixture: RaceFixture;
  /** Writes the fixture into an empty storage, in one commit. */
  seed(storage: StoragePort): Promise<void>;
  /** Brings a storage that holds the fixture, changed since, back to the fixture: one commit deleting what is found and putting the fixture back. */
  reset(storage: StoragePort): Promise<void>;
}

/**
 * Builds the fixture once with a client on a memory storage, then replays its
 * records and bytes into any storage in a single commit: fast, and the same
 * records (revisions included) on every adapter. A third dossier of another
 * risk type stands by untouched, to show that unrelated summaries stay right.
 */
export async function buildRaceFixture(): Promise<SeededFixture> {
  const memory = createMemoryStorage();
  let n = 0;
  const client = createDossierClient({ storage: memory, now: () => FIXTURE_NOW, newId: () => `f-${(n += 1)}` });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'mrh', label: 'Multirisque habitation' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  const carte = await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'], validityDays: 365 });
  const attestation = await client.pieces.add('auto', { label: 'Attestation', requirement: 'optional' });
  await client.pieces.add('mrh', { label: 'Titre de propriété' });
  const person = (id: string) => ({
    id: `c-${id}`,
    name: `Client ${id}`,
    email: `${id.toLowerCase()}@example.fr`,
    profile: { type: 'particulier' },
  });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: person('P-1'), stage: 'Étude' });
  await client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: person('P-2') });
  await client.dossiers.open({ id: 'P-3', riskTypeId: 'mrh', client: person('P-3') });
  const loose = await client.documents.add('P-1', { blob: samplePdf('fixture-loose'), name: 'scan.pdf' });
  const permisDocument = await client.documents.add(
    'P-1',
    { blob: samplePdf('fixture-permis'), name: 'permis.pdf' },
    { pieceId: permis.id },
  );
  await client.dossiers.waive('P-1', attestation.id, 'Client sans véhicule de fonction');
  await client.reminders.schedule('P-1', { escalateTo: 'courtier@example.fr' });
  await client.documents.add('P-2', { blob: samplePdf('fixture-permis-2'), name: 'permis.pdf' }, { pieceId: permis.id });
  await client.documents.add(
    'P-2',
    { blob: samplePdf('fixture-carte-2'), name: 'carte.pdf' },
    { pieceId: carte.id, issuedOn: '2026-10-01' },
  );
  await client.dossiers.convert('P-2', { contractId: 'CT-2' });
  const { token, link } = await client.uploadLinks.create('P-1', { pieceIds: [carte.id, attestation.id], cabinetName: 'Courtage Martin' });
  await client.portal.upload(token, attestation.id, { blob: samplePdf('fixture-portal'), name: 'attestation.pdf' });
  const pending = (await client.documents.list('P-1')).find((d) => d.origin === 'portal');

  const snapshot = await snapshotStorage(memory);
  const blobs = new Map<string, Blob>();
  for (const document of snapshot.documents) {
    const blob = await memory.getBlob(document.id);
    if (blob) blobs.set(document.id, blob);
  }
  const operations: StorageOperation[] = [
    ...snapshot.riskTypes.map((value): StorageOperation => ({ op: 'put', kind: 'riskType', value })),
    ...snapshot.pieces.map((value): StorageOperation => ({ op: 'put', kind: 'piece', value })),
    ...snapshot.dossiers.map((value): StorageOperation => ({ op: 'put', kind: 'dossier', value })),
    ...snapshot.documents.map((value): StorageOperation => ({ op: 'put', kind: 'document', value })),
    ...snapshot.reminders.map((value): StorageOperation => ({ op: 'put', kind: 'reminder', value })),
    ...snapshot.uploadLinks.map((value): StorageOperation => ({ op: 'put', kind: 'uploadLink', value })),
    ...snapshot.schedules.map((value): StorageOperation => ({ op: 'put', kind: 'reminderSchedule', value })),
    ...snapshot.summaries.map((value): StorageOperation => ({ op: 'put', kind: 'summary', value })),
    ...[...blobs].map(([documentId, blob]): StorageOperation => ({ op: 'putBlob', documentId, blob })),
  ];
  const scope = { dossierIds: snapshot.dossiers.map((d) => d.id), riskTypeIds: snapshot.riskTypes.map((r) => r.id) };
  return {
    fixture: {
      riskTypeId: 'auto',
      permis: permis.id,
      carte: carte.id,
      attestation: attestation.id,
      proposal: 'P-1',
      looseDocument: loose.id,
      permisDocument: permisDocument.id,
      contract: 'P-2',
      portalToken: token,
      uploadLinkId: link.id,
      pendingDocument: pending?.id ?? '',
    },
    seed: (storage) => storage.commit(operations, scope),
    async reset(storage) {
      const found = await snapshotStorage(storage);
      const deletes: StorageOperation[] = [
        ...found.riskTypes.map((r): StorageOperation => ({ op: 'delete', kind: 'riskType', id: r.id })),
        ...found.pieces.map((r): StorageOperation => ({ op: 'delete', kind: 'piece', id: r.id })),
        ...found.dossiers.map((r): StorageOperation => ({ op: 'delete', kind: 'dossier', id: r.id })),
        ...found.documents.map((r): StorageOperation => ({ op: 'delete', kind: 'document', id: r.id })),
        ...found.reminders.map((r): StorageOperation => ({ op: 'delete', kind: 'reminder', id: r.id })),
        ...found.uploadLinks.map((r): StorageOperation => ({ op: 'delete', kind: 'uploadLink', id: r.id })),
        ...found.schedules.map((r): StorageOperation => ({ op: 'delete', kind: 'reminderSchedule', id: r.id })),
        ...found.summaries.map((r): StorageOperation => ({ op: 'delete', kind: 'summary', id: r.id })),
        ...Object.keys(found.blobs).map((documentId): StorageOperation => ({ op: 'deleteBlob', documentId })),
      ];
      await storage.commit([...deletes, ...operations], scope);
    },
  };
}
