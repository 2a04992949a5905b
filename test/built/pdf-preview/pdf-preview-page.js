// The page of test/built/pdf-preview.e2e.mjs, after a script-tag bundle (window.Dossier): an
// indexer with a one-page PDF (a red band across its top) and a damaged one, in a memory storage.
const { createDossierClient, createMemoryStorage } = globalThis.Dossier;
const client = createDossierClient({ storage: createMemoryStorage() });
await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
for (const name of ['scan.pdf', 'abime.pdf']) {
  const bytes = await (await fetch(`/${name}`)).arrayBuffer();
  await client.documents.add('P-1', { blob: new Blob([bytes], { type: 'application/pdf' }), name });
}
const indexer = document.createElement('dossier-indexer');
indexer.client = client;
indexer.setAttribute('dossier-id', 'P-1');
document.body.append(indexer);
document.documentElement.dataset.ready = 'true';
