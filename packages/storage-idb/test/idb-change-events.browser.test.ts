import { expect } from 'chai';
import type { StoragePort } from '@dossier/core';
import type { StorageChange } from '@dossier/core/adapter';
import { sampleRecords } from '@dossier/core/testing';
import { createIdbStorage, deleteIdbStorage } from '@dossier/storage-idb';
import { uniqueDbName } from './unique-db-name.js';

/** Waits (polling, no timing asserted) until `condition` holds; fails after 5 s. */
async function until(condition: () => boolean): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > 5000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function record(storage: StoragePort): StorageChange[] {
  const seen: StorageChange[] = [];
  storage.subscribe((change) => seen.push(change));
  return seen;
}

describe('idb change events across instances', () => {
  const opened: StoragePort[] = [];
  const names: string[] = [];
  const open = (name: string): StoragePort => {
    const storage = createIdbStorage({ name });
    opened.push(storage);
    return storage;
  };
  const fresh = (): string => {
    const name = uniqueDbName('events');
    names.push(name);
    return name;
  };
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    for (const name of names.splice(0)) await deleteIdbStorage(name);
  });

  it('declares cross-context changes and persistence', () => {
    const storage = open(fresh());
    expect(storage.capabilities).to.deep.include({ crossContextChanges: true, persistent: true });
  });

  it('tells the committing instance "local" and every other instance "remote", with the scope', async () => {
    const name = fresh();
    const [a, b, c] = [open(name), open(name), open(name)];
    const [seenA, seenB, seenC] = [record(a), record(b), record(c)];
    const { riskType } = sampleRecords('ev');
    await a.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: ['d1', 'd2'], riskTypeIds: [riskType.id] });
    await until(() => seenB.length > 0 && seenC.length > 0);
    expect(seenA).to.deep.equal([{ dossierIds: ['d1', 'd2'], riskTypeIds: [riskType.id], origin: 'local' }]);
    expect(seenB).to.deep.equal([{ dossierIds: ['d1', 'd2'], riskTypeIds: [riskType.id], origin: 'remote' }]);
    expect(seenC).to.deep.equal(seenB);
    expect(await b.get('riskType', riskType.id)).to.deep.equal(riskType);
  });

  it('a failed commit reaches no instance', async () => {
    const name = fresh();
    const [a, b] = [open(name), open(name)];
    const seenB = record(b);
    const { riskType } = sampleRecords('fail');
    const failed = await a
      .commit([{ op: 'put', kind: 'riskType', value: riskType, ifRevision: 4 }], { dossierIds: ['failed'], riskTypeIds: [] })
      .then(
        () => undefined,
        (e: unknown) => e as { code: string },
      );
    expect(failed?.code).to.equal('conflict');
    // Messages from one page arrive in order: once "after" is seen, "failed" would have been too.
    await a.commit([], { dossierIds: ['after'], riskTypeIds: [] });
    await until(() => seenB.length > 0);
    expect(seenB.map((c) => c.dossierIds)).to.deep.equal([['after']]);
  });

  it('another database hears nothing', async () => {
    const name = fresh();
    const otherName = fresh();
    const a = open(name);
    const [other, otherWriter] = [open(otherName), open(otherName)];
    const seenOther = record(other);
    await a.commit([], { dossierIds: ['mine'], riskTypeIds: [] });
    await otherWriter.commit([], { dossierIds: ['theirs'], riskTypeIds: [] });
    await until(() => seenOther.length > 0);
    expect(seenOther.map((c) => c.dossierIds)).to.deep.equal([['theirs']]);
  });

  it('ignores foreign and malformed messages on the channel', async () => {
    const name = fresh();
    const storage = open(name);
    const seen = record(storage);
    const intruder = new BroadcastChannel(`dossier:idb:${name}`);
    try {
      for (const garbage of [
        null,
        42,
        'x',
        {},
        { type: 'dossier-change' },
        { type: 'dossier-change', dossierIds: [1], riskTypeIds: [] },
        { type: 'other', dossierIds: [], riskTypeIds: [] },
      ]) {
        intruder.postMessage(garbage);
      }
      intruder.postMessage({ type: 'dossier-change', dossierIds: ['<script>'], riskTypeIds: [] });
      await until(() => seen.length > 0);
      expect(seen).to.deep.equal([{ dossierIds: ['<script>'], riskTypeIds: [], origin: 'remote' }]);
    } finally {
      intruder.close();
    }
  });

  it('stops telling listeners once closed', async () => {
    const name = fresh();
    const [a, b, c] = [open(name), open(name), open(name)];
    const seenB = record(b);
    const seenC = record(c);
    await b.close();
    await a.commit([], { dossierIds: ['late'], riskTypeIds: [] });
    await until(() => seenC.length > 0);
    expect(seenB).to.deep.equal([]);
    expect(b.subscribe(() => undefined)).to.be.a('function');
  });

  it('commit copies the scope it was given', async () => {
    const storage = open(fresh());
    const seen = record(storage);
    const scope = { dossierIds: ['a'], riskTypeIds: ['r'] };
    await storage.commit([], scope);
    scope.dossierIds.push('changed');
    expect(seen[0]!.dossierIds).to.deep.equal(['a']);
  });
});
