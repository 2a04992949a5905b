import {
  isDossierError,
  type CollectedDocument,
  type Dossier,
  type DossierSummary,
  type ExpectedPiece,
  type ReminderRecord,
} from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';
import { forgeryBench, summaryFor, tamper, type CapturedCommit, type ForgeryBench } from './support/forgery-kit.js';
import { startTestServer, type TestServer } from './support/test-server.js';

type Forgery = (bench: ForgeryBench) => Promise<CapturedCommit>;

/** Adds a document to P-1 (what most forgeries start from). */
const addCarteGrise = (bench: ForgeryBench, blob: Blob = samplePdf('carte-grise')) =>
  bench.capture(async (client) => {
    const [, carteGrise] = await client.pieces.list('auto');
    return client.documents.add('P-1', { blob, name: 'carte-grise.pdf' }, { pieceId: carteGrise!.id });
  });

/** A dossier rewritten with nothing changed (unwaiving a piece never waived): a neutral base to forge one change on. */
const rewriteUnchanged = (bench: ForgeryBench, dossierId: string) =>
  bench.capture((client) => client.dossiers.unwaive(dossierId, 'never-waived'));

/** The commit with its dossier replaced and its summary recomputed to match, so that only the dossier rule is broken. */
const forgeDossier = async (bench: ForgeryBench, base: CapturedCommit, change: (dossier: Dossier) => Dossier): Promise<CapturedCommit> => {
  const put = base.operations.find((o) => o.op === 'put' && o.kind === 'dossier') as { value: Dossier } | undefined;
  const dossier = change(put!.value);
  const documents = await bench.storage.listChildren('document', dossier.id);
  const previous = await bench.storage.get('summary', dossier.id);
  const summary = await summaryFor(bench.storage, dossier, documents, previous);
  return {
    ...base,
    operations: tamper<DossierSummary>(
      tamper<Dossier>(base.operations, 'dossier', () => dossier),
      'summary',
      () => summary,
    ),
  };
};

const FORGERIES: Record<string, Forgery> = {
  'a summary claiming fewer missing pieces': async (bench) => {
    // Added unclassified: the carte grise is still missing.
    const commit = await bench.capture((client) => client.documents.add('P-1', { blob: samplePdf('loose'), name: 'scan.pdf' }));
    return {
      ...commit,
      operations: tamper<DossierSummary>(commit.operations, 'summary', (s) => ({
        ...s,
        requiredMissing: 0,
        incomplete: 0,
        missingLabels: [],
        missingPieceIds: [],
      })),
    };
  },
  'a summary claiming the dossier complete after a stage change': async (bench) => {
    const commit = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return { ...commit, operations: tamper<DossierSummary>(commit.operations, 'summary', (s) => ({ ...s, incomplete: 0 })) };
  },
  'a document added without rewriting its summary': async (bench) => {
    const commit = await addCarteGrise(bench);
    return { ...commit, operations: commit.operations.filter((o) => !(o.op === 'put' && o.kind === 'summary')) };
  },
  'bytes whose SHA-256 is not the document’s': async (bench) => {
    const commit = await addCarteGrise(bench);
    return { ...commit, operations: commit.operations.map((o) => (o.op === 'putBlob' ? { ...o, blob: samplePdf('other-bytes') } : o)) };
  },
  'a PNG declared as a PDF (kind sniffed again)': async (bench) => {
    const png = samplePng();
    const commit = await addCarteGrise(bench, png);
    // Carte grise accepts images: the client recorded image/png; claim PDF with the PNG's own digest and size.
    return {
      ...commit,
      operations: tamper<CollectedDocument>(commit.operations, 'document', (d) => ({ ...d, mediaType: 'application/pdf' })),
    };
  },
  'a document whose size is not its bytes’': async (bench) => {
    const commit = await addCarteGrise(bench);
    return { ...commit, operations: tamper<CollectedDocument>(commit.operations, 'document', (d) => ({ ...d, size: d.size + 1 })) };
  },
  'a new document without its bytes': async (bench) => {
    const commit = await addCarteGrise(bench);
    return { ...commit, operations: commit.operations.filter((o) => o.op !== 'putBlob') };
  },
  'new bytes for a stored document': async (bench) => {
    const [document] = await bench.storage.listChildren('document', 'P-1');
    return {
      operations: [{ op: 'putBlob', documentId: document!.id, blob: samplePdf('replaced') }],
      scope: { dossierIds: ['P-1'], riskTypeIds: [] },
    };
  },
  'the same bytes twice in one dossier': async (bench) => {
    // The client refuses duplicates before committing: swap in the bytes P-1 already has.
    const permis = samplePdf('permis');
    const [stored] = await bench.storage.listChildren('document', 'P-1');
    const commit = await addCarteGrise(bench);
    const operations = tamper<CollectedDocument>(commit.operations, 'document', (d) => ({
      ...d,
      digest: stored!.digest,
      size: permis.size,
    }));
    return { ...commit, operations: operations.map((o) => (o.op === 'putBlob' ? { ...o, blob: permis } : o)) };
  },
  'a document classified to another risk type’s piece': async (bench) => {
    const [attestation] = await bench.storage.listChildren('piece', 'mrh');
    const commit = await addCarteGrise(bench);
    const forgedOps = tamper<CollectedDocument>(commit.operations, 'document', (d) => ({ ...d, pieceId: attestation!.id }));
    return { ...commit, operations: forgedOps };
  },
  'a proposal archived directly': async (bench) => {
    const base = await rewriteUnchanged(bench, 'P-1');
    return forgeDossier(bench, base, (d) => ({ ...d, phase: 'archived', closedAt: d.updatedAt }));
  },
  'a contract archived while required pieces are missing': async (bench) => {
    const base = await rewriteUnchanged(bench, 'C-1');
    return forgeDossier(bench, base, (d) => ({ ...d, phase: 'archived', closedAt: d.updatedAt, waivers: {} }));
  },
  'a conversion without a contract id': async (bench) => {
    const base = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return forgeDossier(bench, base, (d) => ({ ...d, stage: null, phase: 'contract', convertedAt: d.updatedAt }));
  },
  'a contract turned back into a proposal': async (bench) => {
    const base = await rewriteUnchanged(bench, 'C-1');
    return forgeDossier(bench, base, (d) => ({ ...d, phase: 'proposal', contractId: null, convertedAt: null }));
  },
  'the client of a dossier rewritten': async (bench) => {
    const base = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return forgeDossier(bench, base, (d) => ({ ...d, client: { ...d.client, email: 'attacker@example.com' } }));
  },
  'a dossier moved to another risk type': async (bench) => {
    const base = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return forgeDossier(bench, base, (d) => ({ ...d, riskTypeId: 'mrh' }));
  },
  'an unknown field smuggled into a dossier': async (bench) => {
    const base = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return forgeDossier(bench, base, (d) => ({ ...d, isAdmin: true }) as Dossier);
  },
  'a dossier timestamp that is not a timestamp': async (bench) => {
    const base = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return forgeDossier(bench, base, (d) => ({ ...d, updatedAt: 'yesterday' }));
  },
  'a waiver of a piece the risk type does not have': async (bench) => {
    const base = await rewriteUnchanged(bench, 'P-1');
    return forgeDossier(bench, base, (d) => ({ ...d, waivers: { ghost: { reason: 'x', at: d.updatedAt } } }));
  },
  'a dossier change without its risk type guard': async (bench) => {
    const commit = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return { ...commit, operations: commit.operations.filter((o) => o.op !== 'check') };
  },
  'a write without ifRevision (a blind overwrite)': async (bench) => {
    const commit = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return {
      ...commit,
      operations: commit.operations.map((o) =>
        o.op === 'put' && o.kind === 'dossier' ? { op: 'put', kind: 'dossier', value: o.value } : o,
      ) as StorageOperation[],
    };
  },
  'a revision jumping by two': async (bench) => {
    const commit = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return { ...commit, operations: tamper<Dossier>(commit.operations, 'dossier', (d) => ({ ...d, revision: d.revision + 1 })) };
  },
  'a dossier deleted': async (bench) => {
    const dossier = await bench.storage.get('dossier', 'P-1');
    const summary = await bench.storage.get('summary', 'P-1');
    return {
      operations: [
        { op: 'delete', kind: 'dossier', id: 'P-1', ifRevision: dossier!.revision },
        { op: 'delete', kind: 'summary', id: 'P-1', ifRevision: summary!.revision },
      ],
      scope: { dossierIds: ['P-1'], riskTypeIds: [] },
    };
  },
  'a piece added without bumping its risk type': async (bench) => {
    const commit = await bench.capture((client) => client.pieces.add('auto', { label: 'Relevé d’information' }));
    return { ...commit, operations: commit.operations.filter((o) => !(o.op === 'put' && o.kind === 'riskType')) };
  },
  'a piece added without rewriting the risk type’s summaries': async (bench) => {
    const commit = await bench.capture((client) => client.pieces.add('auto', { label: 'Relevé d’information' }));
    return { ...commit, operations: commit.operations.filter((o) => !(o.op === 'put' && o.kind === 'summary' && o.value.id === 'C-1')) };
  },
  'a piece with a malformed requirement rule': async (bench) => {
    const commit = await bench.capture((client) => client.pieces.add('auto', { label: 'Relevé d’information' }));
    return {
      ...commit,
      operations: tamper<ExpectedPiece>(commit.operations, 'piece', (p) => ({
        ...p,
        requirement: { mandatoryWhen: { attr: 'age', gt: 'old' } } as never,
      })),
    };
  },
  'a reminder with a second header in its subject': async (bench) => {
    const commit = await bench.capture(async (client) =>
      client.reminders.send('P-1', await client.reminders.compose('P-1'), { name: 'test', send: async () => undefined }),
    );
    return {
      ...commit,
      operations: tamper<ReminderRecord>(commit.operations, 'reminder', (r) => ({ ...r, subject: 'Pièces\r\nBcc: everyone@example.com' })),
    };
  },
  'a scope hiding the dossier it changes': async (bench) => {
    const commit = await bench.capture((client) => client.dossiers.setStage('P-1', 'Signature'));
    return { ...commit, scope: { dossierIds: [], riskTypeIds: [] } };
  },
  'a summary for a dossier that does not exist': async (bench) => {
    const summary = await bench.storage.get('summary', 'P-1');
    return {
      operations: [{ op: 'put', kind: 'summary', value: { ...summary!, id: 'ghost', revision: 1 }, ifRevision: 0 }],
      scope: { dossierIds: ['ghost'], riskTypeIds: [] },
    };
  },
};

/** The rule each forgery's refusal must name: refused for the right reason, not by accident. */
const REASONS: Record<string, RegExp> = {
  'a summary claiming fewer missing pieces': /summary is not what its records give/,
  'a summary claiming the dossier complete after a stage change': /summary is not what its records give/,
  'a document added without rewriting its summary': /rewrites its summary/,
  'bytes whose SHA-256 is not the document’s': /SHA-256/,
  'a PNG declared as a PDF (kind sniffed again)': /not of the kind/,
  'a document whose size is not its bytes’': /not the size/,
  'a new document without its bytes': /comes with its bytes/,
  'new bytes for a stored document': /only come with a new document/,
  'the same bytes twice in one dossier': /same bytes/,
  'a document classified to another risk type’s piece': /piece of its dossier’s risk type/,
  'a proposal archived directly': /lifecycle refuses it \(invalid-transition\)/,
  'a contract archived while required pieces are missing': /lifecycle refuses it \(incomplete-dossier\)/,
  'a conversion without a contract id': /conversion sets the contract id/,
  'a contract turned back into a proposal': /closing sets when|lifecycle refuses/,
  'the client of a dossier rewritten': /client never changes/,
  'a dossier moved to another risk type': /riskTypeId never changes/,
  'an unknown field smuggled into a dossier': /unknown field isAdmin/,
  'a dossier timestamp that is not a timestamp': /not an ISO timestamp/,
  'a waiver of a piece the risk type does not have': /waiver names a piece/,
  'a dossier change without its risk type guard': /guards its risk type/,
  'a write without ifRevision (a blind overwrite)': /names the revision it expects/,
  'a revision jumping by two': /raise the revision by one/,
  'a dossier deleted': /cannot delete dossier/,
  'a piece added without bumping its risk type': /bumps its risk type/,
  'a piece added without rewriting the risk type’s summaries': /rewrites its summary/,
  'a piece with a malformed requirement rule': /requirement is not valid/,
  'a reminder with a second header in its subject': /subject is not safe/,
  'a scope hiding the dossier it changes': /scope leaves out/,
  'a summary for a dossier that does not exist': /belongs to a stored dossier/,
};

describe('server: forged commits are refused with invalid-input and write nothing', function () {
  this.timeout(60_000);
  let postgres: TestDatabase;
  let database: PostgresDatabase;
  let server: TestServer;
  let tenant = 0;

  before(async () => {
    postgres = await createTestDatabase('dossier_forged');
    database = await openPostgresDatabase({ db: postgres.pool() });
    server = await startTestServer(database);
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await postgres?.drop();
  });

  it('accepts the untampered commits the forgeries start from', async () => {
    const bench = await forgeryBench(server, `genuine-${(tenant += 1)}`);
    const document = await addCarteGrise(bench);
    await bench.storage.commit(document.operations, document.scope);
    const piece = await bench.capture((client) => client.pieces.add('auto', { label: 'Relevé d’information' }));
    await bench.storage.commit(piece.operations, piece.scope);
    await bench.client.dossiers
      .archive('P-1')
      .catch((error: unknown) => expect(isDossierError(error, 'invalid-transition')).to.equal(true));
  });

  for (const [name, forge] of Object.entries(FORGERIES)) {
    it(name, async () => {
      const bench = await forgeryBench(server, `forged-${(tenant += 1)}`);
      const commit = await forge(bench);
      const before = await bench.snapshot();
      const error = await bench.storage.commit(commit.operations, commit.scope).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isDossierError(error, 'invalid-input'), `refused as invalid-input, got ${String(error)}`).to.equal(true);
      expect(String((error as { details: { reason?: unknown } }).details.reason)).to.match(REASONS[name] as RegExp);
      expect(await bench.snapshot(), 'nothing written').to.equal(before);
    });
  }

  it('counts at least 20 forgeries', () => {
    expect(Object.keys(FORGERIES).length).to.be.at.least(20);
  });
});
