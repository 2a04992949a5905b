import type { ExpectedPieceInput, Requirement } from '@dossier/core';

/** An expected piece of the demo catalogue, with a key the demo portfolio refers to. */
interface DemoPiece {
  readonly key: DemoPieceKey;
  readonly input: ExpectedPieceInput;
}

/** A risk type of the demo catalogue and its pieces, in order. */
export interface DemoRiskType {
  readonly id: string;
  readonly label: string;
  readonly pieces: readonly DemoPiece[];
}

/** Keys of the demo pieces (one per kind of document; a risk type uses each at most once). */
export type DemoPieceKey =
  | 'identite'
  | 'permis'
  | 'carteGrise'
  | 'releve'
  | 'domicile'
  | 'kbis'
  | 'rib'
  | 'sepa'
  | 'bail'
  | 'anterieure'
  | 'ameli'
  | 'radiation'
  | 'questionnaire'
  | 'revenus'
  | 'qualification'
  | 'sinistralite'
  | 'offrePret'
  | 'amortissement';

const PDF = ['application/pdf'];
const PDF_OR_IMAGE = ['application/pdf', 'image/*'];
const MIB = 1024 * 1024;
/** The client is a business. The CRM stores `type` in every Dossier client profile. */
const isBusiness = { attr: 'type', eq: 'professionnel' } as const;

const identite = (label = 'Pièce d’identité'): DemoPiece => ({
  key: 'identite',
  input: {
    label,
    instructions: 'Carte nationale d’identité (recto et verso) ou passeport en cours de validité.',
    requirement: 'mandatory',
    accept: PDF_OR_IMAGE,
    maxBytes: 10 * MIB,
  },
});
// A business proves its address with its Kbis: the proof of address is then not required.
const domicile: DemoPiece = {
  key: 'domicile',
  input: {
    label: 'Justificatif de domicile de moins de 3 mois',
    instructions: 'Facture d’électricité, de gaz, d’eau, de téléphone ou d’accès à internet, ou avis d’imposition, de moins de 3 mois.',
    requirement: { optionalWhen: isBusiness },
    accept: PDF_OR_IMAGE,
    maxBytes: 10 * MIB,
    validityDays: 90,
  },
};
const kbis = (requirement: Requirement): DemoPiece => ({
  key: 'kbis',
  input: {
    label: 'Kbis de moins de 3 mois',
    instructions: 'Extrait Kbis de la société, daté de moins de 3 mois (téléchargeable sur infogreffe.fr).',
    requirement,
    accept: PDF,
    maxBytes: 5 * MIB,
    validityDays: 90,
  },
});
const rib: DemoPiece = {
  key: 'rib',
  input: {
    label: 'RIB',
    instructions: 'Relevé d’identité bancaire du compte de prélèvement des cotisations, au nom du souscripteur.',
    requirement: 'mandatory',
    accept: PDF_OR_IMAGE,
    maxBytes: 5 * MIB,
  },
};
const sepa: DemoPiece = {
  key: 'sepa',
  input: {
    label: 'Mandat SEPA signé',
    instructions: 'Mandat de prélèvement SEPA daté et signé par le titulaire du compte.',
    requirement: 'mandatory',
    accept: PDF,
    maxBytes: 5 * MIB,
  },
};
const anterieure: DemoPiece = {
  key: 'anterieure',
  input: {
    label: 'Attestation d’assurance antérieure',
    instructions: 'Attestation de l’assureur précédent, pour reprendre l’antériorité du contrat.',
    requirement: 'optional',
    accept: PDF,
    maxBytes: 5 * MIB,
  },
};
const questionnaire = (requirement: Requirement, instructions: string): DemoPiece => ({
  key: 'questionnaire',
  input: { label: 'Questionnaire de santé', instructions, requirement, accept: PDF, maxBytes: 10 * MIB },
});
const revenus: DemoPiece = {
  key: 'revenus',
  input: {
    label: 'Justificatif de revenus',
    instructions: 'Dernier avis d’imposition ; pour un travailleur non salarié, la dernière liasse fiscale.',
    requirement: 'mandatory',
    accept: PDF,
    maxBytes: 10 * MIB,
  },
};

/** The brokerage's catalogue: risk types and their expected pieces, with realistic French requirements. */
export const DEMO_CATALOGUE: readonly DemoRiskType[] = [
  {
    id: 'auto',
    label: 'Automobile',
    pieces: [
      {
        key: 'permis',
        input: {
          label: 'Permis de conduire',
          instructions: 'Recto et verso du permis de conduire de chaque conducteur désigné.',
          requirement: 'mandatory',
          accept: PDF_OR_IMAGE,
          maxBytes: 10 * MIB,
        },
      },
      {
        key: 'carteGrise',
        input: {
          label: 'Carte grise',
          instructions: 'Certificat d’immatriculation du véhicule, au nom du souscripteur ou de son conjoint.',
          requirement: 'mandatory',
          accept: PDF_OR_IMAGE,
          maxBytes: 10 * MIB,
        },
      },
      {
        key: 'releve',
        input: {
          label: 'Relevé d’information',
          instructions:
            'Relevé d’information de l’assureur précédent (bonus-malus, sinistres des 5 dernières années). Un conducteur de moins de 21 ans n’en a généralement pas.',
          // A young driver has usually never been insured: nothing to ask for.
          requirement: { optionalWhen: { attr: 'age', lt: 21 } },
          accept: PDF,
          maxBytes: 5 * MIB,
        },
      },
      identite(),
      domicile,
      kbis({ mandatoryWhen: isBusiness }),
      rib,
      sepa,
    ],
  },
  {
    id: 'habitation',
    label: 'Multirisque habitation',
    pieces: [
      identite(),
      domicile,
      {
        key: 'bail',
        input: {
          label: 'Bail ou acte de propriété',
          instructions: 'Bail en cours pour un locataire ; attestation notariée ou acte de vente pour un propriétaire.',
          requirement: 'mandatory',
          accept: PDF,
          maxBytes: 20 * MIB,
        },
      },
      anterieure,
      kbis({ mandatoryWhen: isBusiness }),
      rib,
      sepa,
    ],
  },
  {
    id: 'sante',
    label: 'Santé',
    pieces: [
      identite(),
      {
        key: 'ameli',
        input: {
          label: 'Attestation de droits à l’assurance maladie',
          instructions: 'Attestation de droits (compte ameli) de l’assuré et de chaque bénéficiaire.',
          requirement: 'mandatory',
          accept: PDF_OR_IMAGE,
          maxBytes: 5 * MIB,
        },
      },
      {
        key: 'radiation',
        input: {
          label: 'Certificat de radiation de l’ancienne mutuelle',
          instructions: 'Seulement si le client quitte une autre complémentaire santé.',
          requirement: 'optional',
          accept: PDF,
          maxBytes: 5 * MIB,
        },
      },
      kbis({ mandatoryWhen: isBusiness }),
      rib,
      sepa,
    ],
  },
  {
    id: 'prevoyance',
    label: 'Prévoyance',
    pieces: [
      identite(),
      questionnaire(
        'mandatory',
        'Questionnaire médical complété, daté et signé, sous pli confidentiel à l’attention du médecin-conseil de l’assureur.',
      ),
      revenus,
      kbis({ mandatoryWhen: isBusiness }),
      rib,
      sepa,
    ],
  },
  {
    id: 'rc-pro',
    label: 'RC professionnelle',
    pieces: [
      kbis('mandatory'),
      identite('Pièce d’identité du dirigeant'),
      {
        key: 'qualification',
        input: {
          label: 'Justificatif de qualification professionnelle',
          instructions: 'Diplôme, carte professionnelle ou attestation d’inscription à l’ordre.',
          requirement: 'mandatory',
          accept: PDF_OR_IMAGE,
          maxBytes: 10 * MIB,
        },
      },
      {
        key: 'sinistralite',
        input: {
          label: 'Relevé de sinistralité des 3 dernières années',
          instructions: 'Établi par l’assureur précédent ; sans objet pour une activité qui démarre.',
          requirement: 'optional',
          accept: PDF,
          maxBytes: 5 * MIB,
        },
      },
      anterieure,
      rib,
      sepa,
    ],
  },
  {
    id: 'emprunteur',
    label: 'Assurance emprunteur',
    pieces: [
      identite(),
      {
        key: 'offrePret',
        input: {
          label: 'Offre de prêt',
          instructions: 'Offre de prêt émise par la banque, avec le montant, la durée et le taux.',
          requirement: 'mandatory',
          accept: PDF,
          maxBytes: 20 * MIB,
        },
      },
      {
        key: 'amortissement',
        input: {
          label: 'Tableau d’amortissement',
          instructions: 'Tableau d’amortissement prévisionnel joint à l’offre de prêt.',
          requirement: 'mandatory',
          accept: PDF,
          maxBytes: 20 * MIB,
        },
      },
      questionnaire(
        { mandatoryWhen: { attr: 'montantPret', gt: 200000 } },
        'Exigé au-delà de 200 000 € empruntés par assuré (loi Lemoine). À remplir, dater et signer.',
      ),
      revenus,
      rib,
    ],
  },
];
