import type { ExpectedPieceInput } from '@dossier/core';

/** A risk type of the story catalogue with its expected pieces, in order. */
export interface StoryRiskType {
  readonly id: string;
  readonly label: string;
  readonly pieces: readonly ExpectedPieceInput[];
}

const PDF_OR_IMAGE = ['application/pdf', 'image/*'];
const THREE_MONTHS = 90;

/**
 * A realistic French catalogue: the contract types a brokerage sells and the pieces each one
 * needs, some of them depending on the client profile (`kind`: particulier | professionnel,
 * `driverAge`, `age`).
 */
export const storyCatalogue: readonly StoryRiskType[] = [
  {
    id: 'auto',
    label: 'Automobile',
    pieces: [
      { label: 'Permis de conduire', accept: PDF_OR_IMAGE, instructions: 'Recto et verso, lisibles.' },
      { label: 'Carte grise', accept: PDF_OR_IMAGE },
      {
        label: "Relevé d'information",
        accept: ['application/pdf'],
        validityDays: THREE_MONTHS,
        instructions: 'Délivré par votre assureur actuel.',
      },
      { label: "Pièce d'identité", accept: PDF_OR_IMAGE },
      { label: 'Justificatif de domicile de moins de 3 mois', accept: PDF_OR_IMAGE, validityDays: THREE_MONTHS },
      { label: 'RIB', accept: PDF_OR_IMAGE },
      { label: 'Extrait Kbis', accept: ['application/pdf'], requirement: { mandatoryWhen: { attr: 'kind', eq: 'professionnel' } } },
      { label: 'Relevé de conduite accompagnée', requirement: { mandatoryWhen: { attr: 'driverAge', lt: 25 } } },
    ],
  },
  {
    id: 'habitation',
    label: 'Multirisque habitation',
    pieces: [
      { label: "Pièce d'identité", accept: PDF_OR_IMAGE },
      { label: 'Bail ou titre de propriété', accept: ['application/pdf'] },
      { label: 'Justificatif de domicile de moins de 3 mois', accept: PDF_OR_IMAGE, validityDays: THREE_MONTHS },
      { label: 'RIB', accept: PDF_OR_IMAGE },
      { label: 'Mandat SEPA signé', accept: ['application/pdf'] },
    ],
  },
  {
    id: 'sante',
    label: 'Santé',
    pieces: [
      { label: "Pièce d'identité", accept: PDF_OR_IMAGE },
      { label: 'Attestation de carte Vitale', accept: PDF_OR_IMAGE },
      { label: 'RIB', accept: PDF_OR_IMAGE },
      { label: 'Questionnaire de santé', accept: ['application/pdf'], requirement: { mandatoryWhen: { attr: 'age', gt: 60 } } },
    ],
  },
  {
    id: 'prevoyance',
    label: 'Prévoyance',
    pieces: [
      { label: "Pièce d'identité", accept: PDF_OR_IMAGE },
      { label: 'Questionnaire de santé', accept: ['application/pdf'] },
      { label: "Dernier avis d'imposition", accept: ['application/pdf'], requirement: 'optional' },
    ],
  },
  {
    id: 'rc-pro',
    label: 'RC professionnelle',
    pieces: [
      { label: 'Extrait Kbis de moins de 3 mois', accept: ['application/pdf'], validityDays: THREE_MONTHS },
      { label: "Pièce d'identité du dirigeant", accept: PDF_OR_IMAGE },
      { label: "Attestation d'assurance précédente", accept: ['application/pdf'], requirement: 'optional' },
      { label: 'Liasse fiscale', accept: ['application/pdf'], requirement: { optionalWhen: { attr: 'employees', lt: 10 } } },
    ],
  },
  {
    id: 'emprunteur',
    label: 'Assurance emprunteur',
    pieces: [
      { label: "Pièce d'identité", accept: PDF_OR_IMAGE },
      { label: 'Offre de prêt', accept: ['application/pdf'] },
      { label: 'Tableau d’amortissement', accept: ['application/pdf'] },
      { label: 'Questionnaire de santé', accept: ['application/pdf'] },
    ],
  },
];

/** The risk type `id` of the catalogue. */
export function storyRiskType(id: string): StoryRiskType {
  const found = storyCatalogue.find((riskType) => riskType.id === id);
  if (!found) throw new Error(`No risk type "${id}" in the story catalogue`);
  return found;
}
