import type { StoryRiskType } from './story-catalogue.js';

/** A risk type whose labels are as long as French administrative labels get (up to ~190 characters). */
export const longLabelsRiskType: StoryRiskType = {
  id: 'emprunteur-long',
  label: 'Assurance emprunteur — prêt immobilier pour l’acquisition d’une résidence principale avec travaux de rénovation énergétique',
  pieces: [
    {
      label:
        'Justificatif de domicile de moins de trois mois (facture d’électricité, de gaz, d’eau ou de téléphone fixe, quittance de loyer ou avis d’imposition)',
      instructions: 'Au nom de l’emprunteur principal ; les factures de téléphone mobile ne sont pas acceptées.',
    },
    {
      label:
        'Questionnaire de santé et de style de vie complété, daté et signé par chacun des co-emprunteurs, accompagné des examens médicaux demandés',
    },
    {
      label:
        'Offre de prêt définitive émise par l’établissement prêteur, avec le tableau d’amortissement prévisionnel de chacune des lignes de crédit',
    },
    {
      label:
        'Attestation de délégation d’assurance et conditions générales du contrat groupe de la banque pour la comparaison des garanties équivalentes',
    },
    { label: 'Pièce d’identité en cours de validité' },
  ],
};
