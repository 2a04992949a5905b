import type { StoryPerson } from './story-people.js';

/** A client with a long compound French name and a long address. */
export const longNamePerson: StoryPerson = {
  id: 'cli-long',
  name: 'Marie-Antoinette-Geneviève de La Rochefoucauld-Montmorency d’Harcourt',
  email: 'marie-antoinette.de-la-rochefoucauld-montmorency@cabinet-notarial-harcourt.example.fr',
  profile: { kind: 'particulier', driverAge: 58, age: 58 },
};
