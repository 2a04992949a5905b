import { createDossierClient, createMemoryStorage, type DossierClient } from '@dossier/core';

/** A proposal of the host CRM's own list (its own data; Dossier only knows the id). */
export interface ExampleProposal {
  readonly id: string;
  readonly clientName: string;
}

/** The proposals every framework example lists. */
export const EXAMPLE_PROPOSALS: readonly ExampleProposal[] = [
  { id: 'P-101', clientName: 'Jeanne Martin' },
  { id: 'P-102', clientName: 'Karim Benali' },
  { id: 'P-103', clientName: 'Sophie Durand' },
];

/**
 * The Dossier client of the framework examples: in memory (a real host passes
 * `createDexieStorage()` or `createRestStorage({ baseUrl })`), with one risk type whose three
 * pieces every proposal still misses.
 */
export async function createExampleClient(): Promise<DossierClient> {
  const client = createDossierClient({ storage: createMemoryStorage(), locale: 'fr' });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf', 'image/*'] });
  await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'] });
  await client.pieces.add('auto', { label: 'Relevé d’information', accept: ['application/pdf'] });
  for (const proposal of EXAMPLE_PROPOSALS) {
    await client.dossiers.open({
      id: proposal.id,
      riskTypeId: 'auto',
      client: { id: `c-${proposal.id}`, name: proposal.clientName, email: 'client@example.fr' },
      stage: 'Étude',
    });
  }
  return client;
}
