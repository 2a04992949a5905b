import type { ClientProfile } from '@dossier/core';

/** A client of the brokerage, as the host CRM knows them. */
export interface StoryPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly profile: ClientProfile;
}

/** Clients of the stories: private clients and companies, French names. */
export const storyPeople: readonly StoryPerson[] = [
  { id: 'cli-jmartin', name: 'Jeanne Martin', email: 'jeanne.martin@example.fr', profile: { kind: 'particulier', driverAge: 42, age: 42 } },
  { id: 'cli-ldubois', name: 'Lucas Dubois', email: 'lucas.dubois@example.fr', profile: { kind: 'particulier', driverAge: 21, age: 21 } },
  {
    id: 'cli-boulangerie',
    name: 'Boulangerie Lefèvre SARL',
    email: 'contact@boulangerie-lefevre.example.fr',
    profile: { kind: 'professionnel', employees: 6 },
  },
  {
    id: 'cli-cmoreau',
    name: 'Camille Moreau',
    email: 'camille.moreau@example.fr',
    profile: { kind: 'particulier', driverAge: 35, age: 67 },
  },
  {
    id: 'cli-transports',
    name: 'Transports Garnier & Fils',
    email: 'flotte@transports-garnier.example.fr',
    profile: { kind: 'professionnel', employees: 48 },
  },
  { id: 'cli-hroux', name: 'Hugo Roux', email: 'hugo.roux@example.fr', profile: { kind: 'particulier', driverAge: 29, age: 29 } },
  {
    id: 'cli-efournier',
    name: 'Émilie Fournier',
    email: 'emilie.fournier@example.fr',
    profile: { kind: 'particulier', driverAge: 51, age: 51 },
  },
  {
    id: 'cli-cabinet',
    name: 'Cabinet d’architectes Bonnet',
    email: 'secretariat@bonnet-architectes.example.fr',
    profile: { kind: 'professionnel', employees: 12 },
  },
];

/** The person of the stories when none is said: a private client. */
export const defaultStoryPerson: StoryPerson = storyPeople[0]!;
