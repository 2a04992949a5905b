import { expect } from 'chai';
import { createDossierClient, createMemoryStorage, isDossierError, type DossierClient, type StoragePort } from '@dossier/core';
import { samplePdf, snapshotStorage } from '@dossier/core/testing';

async function rejects(task: () => Promise<unknown>, code: string): Promise<Error & { code: string; details: { field?: string } }> {
  try {
    await task();
  } catch (error) {
    expect(isDossierError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code, (error as Error).message).to.equal(code);
    return error as Error & { code: string; details: { field?: string } };
  }
  throw new Error(`expected ${code}`);
}

async function seeded(): Promise<{ client: DossierClient; storage: StoragePort; pieceId: string }> {
  const storage = createMemoryStorage();
  let n = 0;
  const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => new Date('2026-11-28T10:00:00Z') });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const piece = await client.pieces.add('auto', { label: 'Permis de conduire' });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return { client, storage, pieceId: piece.id };
}

const MEGABYTE = 'x'.repeat(1024 * 1024);
/** Characters no short text may hold: line breaks, NUL, the right-to-left override and isolate, a lone surrogate. */
const HOSTILE_SHORT = ['Étude\r\nBcc: all@x.fr', 'Étu\u0000de', 'exe.\u202Efdp', '\u2067abc\u2069', 'a\uD800b', MEGABYTE];

describe('input consistency (one set of rules for every text, id and option)', () => {
  it('setStage and convert refuse what open refuses, and change nothing', async () => {
    const { client, storage } = await seeded();
    const before = await snapshotStorage(storage);
    for (const text of HOSTILE_SHORT) {
      await rejects(
        () => client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c', name: 'N', email: '' }, stage: text }),
        'invalid-input',
      );
      await rejects(() => client.dossiers.setStage('P-1', text), 'invalid-input');
      await rejects(() => client.dossiers.convert('P-1', { contractId: text }), 'invalid-input');
    }
    expect(await snapshotStorage(storage)).to.deep.equal(before);
  });

  it('one id normalisation everywhere: an id given with spaces reaches the same dossier', async () => {
    const { client, pieceId } = await seeded();
    await client.dossiers.open({ id: ' P-9 ', riskTypeId: ' auto ', client: { id: 'c9', name: 'Paul', email: '' } });
    expect((await client.dossiers.get('P-9')).id).to.equal('P-9');
    expect((await client.dossiers.get(' P-9 ')).id).to.equal('P-9');
    const document = await client.documents.add(' P-9 ', { blob: samplePdf('spaces'), name: 'permis.pdf' }, { pieceId: ` ${pieceId} ` });
    expect(document.dossierId).to.equal('P-9');
    expect((await client.completeness(' P-9 ')).requiredMissing).to.equal(0);
    expect(await client.documents.list(' P-9 ')).to.have.length(1);
    await client.dossiers.setStage(' P-9 ', 'Signature');
    await client.dossiers.convert(' P-9 ', { contractId: ' CT-9 ' });
    expect((await client.dossiers.get('P-9')).contractId).to.equal('CT-9');
  });

  it('a client option of the wrong type is a DossierError, thrown at once', () => {
    const storage = createMemoryStorage();
    for (const options of [
      { storage, locale: 5 },
      { storage, now: 'today' },
      { storage, newId: 3 },
      { storage, defaultMaxBytes: -1 },
      { storage, defaultMaxBytes: Number.NaN },
      { storage, reminderTemplates: 'fr' },
      { storage: {} },
      null,
    ]) {
      let thrown: unknown;
      try {
        createDossierClient(options as never);
      } catch (error) {
        thrown = error;
      }
      expect(isDossierError(thrown, 'invalid-input'), `${JSON.stringify(options)} → ${String(thrown)}`).to.equal(true);
    }
    expect(createDossierClient({ storage, locale: 'en-GB' as never }).locale).to.equal('en');
  });

  it('a profile that cannot be read (a throwing getter, a Proxy) is invalid-input, not a storage failure', async () => {
    const { client, storage } = await seeded();
    const before = await snapshotStorage(storage);
    const throwing = Object.defineProperty({}, 'type', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    for (const profile of [throwing, proxy]) {
      const error = await rejects(
        () => client.dossiers.open({ id: 'P-3', riskTypeId: 'auto', client: { id: 'c', name: 'N', email: '', profile: profile as never } }),
        'invalid-input',
      );
      expect(error.details.field).to.equal('client.profile');
    }
    expect(await snapshotStorage(storage)).to.deep.equal(before);
  });

  it('every text field is bounded: a megabyte anywhere is refused and nothing is stored', async () => {
    const { client, storage, pieceId } = await seeded();
    const before = await snapshotStorage(storage);
    const person = { id: 'c', name: 'N', email: '' };
    const attempts: (() => Promise<unknown>)[] = [
      () => client.riskTypes.put({ id: 'x', label: MEGABYTE }),
      () => client.riskTypes.put({ id: MEGABYTE, label: 'x' }),
      () => client.pieces.add('auto', { label: MEGABYTE }),
      () => client.pieces.add('auto', { label: 'ok', instructions: MEGABYTE }),
      () => client.pieces.update(pieceId, { label: MEGABYTE }),
      () => client.dossiers.open({ id: MEGABYTE, riskTypeId: 'auto', client: person }),
      () => client.dossiers.open({ id: 'P-4', riskTypeId: 'auto', client: { ...person, name: MEGABYTE } }),
      () => client.dossiers.open({ id: 'P-4', riskTypeId: 'auto', client: { ...person, email: `${MEGABYTE}@x.fr` } }),
      () => client.dossiers.open({ id: 'P-4', riskTypeId: 'auto', client: { ...person, id: MEGABYTE } }),
      () => client.dossiers.open({ id: 'P-4', riskTypeId: 'auto', client: { ...person, profile: { note: MEGABYTE } } }),
      () => client.dossiers.waive('P-1', pieceId, MEGABYTE),
      () => client.documents.add('P-1', { blob: samplePdf('long-name'), name: `${MEGABYTE}.pdf` }),
    ];
    for (const attempt of attempts) await rejects(attempt, 'invalid-input');
    expect(await snapshotStorage(storage)).to.deep.equal(before);
  });

  it('the audit query is checked the same way on every storage (a number as risk type)', async () => {
    const storage = createMemoryStorage();
    await rejects(() => storage.queryAudit({ limit: 10, riskTypeId: 42 as never }), 'invalid-input');
    await rejects(() => storage.queryAudit({ limit: 10, onlyIncomplete: 'yes' as never }), 'invalid-input');
    await rejects(() => storage.queryAudit({ limit: 10, now: 'tomorrow' }), 'invalid-input');
    const client = createDossierClient({ storage });
    await rejects(() => client.audit({ riskTypeId: 42 as never }), 'invalid-input');
  });
});
