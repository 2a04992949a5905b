import type { CrmClient } from '../crm/crm-client.js';

/** The brokerage's clients on first start (addresses on the reserved example.fr domain). */
export const DEMO_CLIENTS: readonly CrmClient[] = [
  { id: 'CLI-0001', name: 'Camille Durand', email: 'camille.durand@example.fr', kind: 'particulier', age: 34, city: 'Lyon 6e' },
  { id: 'CLI-0002', name: 'Julien Moreau', email: 'julien.moreau@example.fr', kind: 'particulier', age: 27, city: 'Villeurbanne' },
  { id: 'CLI-0003', name: 'Sophie Lefèvre', email: 'sophie.lefevre@example.fr', kind: 'particulier', age: 47, city: 'Caluire-et-Cuire' },
  { id: 'CLI-0004', name: 'Thomas Bernard', email: 'thomas.bernard@example.fr', kind: 'particulier', age: 19, city: 'Bron' },
  { id: 'CLI-0005', name: 'Élodie Petit', email: 'elodie.petit@example.fr', kind: 'particulier', age: 29, city: 'Lyon 3e' },
  { id: 'CLI-0006', name: 'Nicolas Roux', email: 'nicolas.roux@example.fr', kind: 'particulier', age: 52, city: 'Écully' },
  { id: 'CLI-0007', name: 'Inès Benali', email: 'ines.benali@example.fr', kind: 'particulier', age: 38, city: 'Vénissieux' },
  { id: 'CLI-0008', name: 'Lucas Fournier', email: 'lucas.fournier@example.fr', kind: 'particulier', age: 24, city: 'Lyon 7e' },
  { id: 'CLI-0009', name: 'Chantal Girard', email: 'chantal.girard@example.fr', kind: 'particulier', age: 63, city: 'Tassin-la-Demi-Lune' },
  { id: 'CLI-0010', name: 'Mathieu Lambert', email: 'mathieu.lambert@example.fr', kind: 'particulier', age: 41, city: 'Oullins' },
  { id: 'CLI-0011', name: 'Aurélie Fontaine', email: 'aurelie.fontaine@example.fr', kind: 'particulier', age: 31, city: 'Lyon 4e' },
  { id: 'CLI-0012', name: 'Karim Haddad', email: 'karim.haddad@example.fr', kind: 'particulier', age: 36, city: 'Saint-Priest' },
  { id: 'CLI-0013', name: 'Boulangerie Dupain SARL', email: 'contact@boulangerie-dupain.example.fr', kind: 'professionnel', age: 44, city: 'Lyon 2e' },
  { id: 'CLI-0014', name: 'Garage Lemaire & Fils', email: 'atelier@garage-lemaire.example.fr', kind: 'professionnel', age: 58, city: 'Vaulx-en-Velin' },
  { id: 'CLI-0015', name: 'Cabinet d’architecture Vidal', email: 'agence@vidal-architectes.example.fr', kind: 'professionnel', age: 39, city: 'Lyon 1er' },
  { id: 'CLI-0016', name: 'Atelier Rousseau Menuiserie', email: 'contact@rousseau-menuiserie.example.fr', kind: 'professionnel', age: 50, city: 'Rillieux-la-Pape' },
  { id: 'CLI-0017', name: 'Dr Hélène Marchand', email: 'cabinet.marchand@example.fr', kind: 'professionnel', age: 45, city: 'Lyon 5e' },
  { id: 'CLI-0018', name: 'Transports Chevalier SAS', email: 'flotte@transports-chevalier.example.fr', kind: 'professionnel', age: 55, city: 'Corbas' },
];
