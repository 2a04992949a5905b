import { createDossierClient, createMemoryStorage, type DossierClient, type ExpectedPiece } from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';

/** What `seedPortalUpload` made. */
export interface SeededPortalUpload {
  readonly client: DossierClient;
  readonly permis: ExpectedPiece;
  readonly token: string;
}

/** A proposal P-1 whose client sent the driving licence through an upload link: it waits for review (memory storage). */
export async function seedPortalUpload(): Promise<SeededPortalUpload> {
  const client = createDossierClient({ storage: createMemoryStorage() });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  const { token } = await client.uploadLinks.create('P-1');
  await client.portal.upload(token, permis.id, { blob: samplePdf('portal-permis'), name: 'permis.pdf' });
  return { client, permis, token };
}
