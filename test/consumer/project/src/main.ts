// The page of a host that installed the packed packages: the elements registered, a client on the
// embedded IndexedDB storage, a proposal with two pieces to collect, and the host's own reaction to
// a document being added (typed through the elements' event map).
import '@dossier/elements/define';
import { createDossierClient } from '@dossier/core';
import { createDexieStorage, deleteDexieStorage } from '@dossier/storage-dexie';

const DATABASE = 'dossier-consumer';
await deleteDexieStorage(DATABASE); // every run starts empty
const client = createDossierClient({ storage: createDexieStorage({ name: DATABASE }), locale: 'fr' });
await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf'] });
await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c-1', name: 'Jeanne Martin', email: 'jeanne.martin@example.fr' } });

const provider = document.querySelector('dossier-provider');
if (!provider) throw new Error('no <dossier-provider> in the page');
provider.client = client;

document.addEventListener('dossier-document-added', (event) => {
  const line = document.querySelector('[data-host=added]');
  if (line) line.textContent = `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`;
});
