import type { DossierClient, StoragePort } from '@dossier/core';
import { createStoryClient } from './create-story-client.js';
import { seedCatalogue } from './seed-catalogue.js';
import { storyCatalogue } from './story-catalogue.js';
import { storyFile } from './story-file.js';
import { storyTransport } from './story-transport.js';

const FIRST_NAMES = ['Jeanne', 'Lucas', 'Camille', 'Hugo', 'Émilie', 'Louis', 'Chloé', 'Nathan', 'Léa', 'Théo', 'Manon', 'Gabriel'];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
];
const COMPANIES = ['Boulangerie Lefèvre SARL', 'Transports Garnier & Fils', 'Cabinet Bonnet', 'Garage du Centre', 'Pharmacie des Halles'];
const DAY_MS = 86_400_000;

/** Options of `seedPortfolio`. */
export interface StoryPortfolioOptions {
  /** How many contracts. Default 24. */
  contracts?: number;
  /** Also this many proposals not yet converted. Default 0. */
  proposals?: number;
  /** Every contract gets all its pieces (nothing awaits any piece). Default false. */
  complete?: boolean;
  /** Seed into this storage (e.g. a mock REST server's). Default: a fresh in-memory one. */
  storage?: StoragePort;
}

/**
 * A brokerage's portfolio: contracts of every risk type, converted over the last months, each
 * missing some pieces (none when `complete`), one in three already reminded once.
 */
export async function seedPortfolio(options: StoryPortfolioOptions = {}): Promise<DossierClient> {
  const contracts = options.contracts ?? 24;
  const proposals = options.proposals ?? 0;
  // A clock that walks forward from four months ago, so contracts have waited for different times.
  let time = Date.now() - 120 * DAY_MS;
  const client = createStoryClient({ now: () => new Date(time), ...(options.storage ? { storage: options.storage } : {}) });
  const pieces = await seedCatalogue(client);
  for (let i = 0; i < contracts + proposals; i += 1) {
    time += Math.floor((110 * DAY_MS) / (contracts + proposals));
    const riskType = storyCatalogue[i % storyCatalogue.length]!;
    const company = riskType.id === 'rc-pro' || i % 7 === 3;
    const name = company
      ? COMPANIES[i % COMPANIES.length]!
      : `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 5) % LAST_NAMES.length]}`;
    const dossierId = `P-2025-${String(1000 + i)}`;
    await client.dossiers.open({
      id: dossierId,
      riskTypeId: riskType.id,
      client: {
        id: `cli-${i}`,
        name,
        email: `client${i}@example.fr`,
        profile: company
          ? { kind: 'professionnel', employees: 3 + i }
          : { kind: 'particulier', driverAge: 20 + (i % 50), age: 20 + (i % 50) },
      },
      stage: 'Signature',
    });
    const ofType = pieces.get(riskType.id) ?? [];
    const obtained = options.complete ? ofType.length : i % ofType.length;
    for (const piece of ofType.slice(0, obtained)) {
      await client.documents.add(dossierId, storyFile('document.pdf', `${dossierId}/${piece.id}`), { pieceId: piece.id });
    }
    if (i >= contracts) continue;
    await client.dossiers.convert(dossierId, { contractId: `C-2025-${String(5000 + i)}` });
    if (!options.complete && i % 3 === 0) {
      const draft = await client.reminders.compose(dossierId);
      await client.reminders.send(dossierId, draft, storyTransport);
    }
  }
  return client;
}
