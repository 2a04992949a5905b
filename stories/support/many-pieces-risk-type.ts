import type { ExpectedPieceInput } from '@dossier/core';
import type { StoryRiskType } from './story-catalogue.js';

const LABELS = [
  'Permis de conduire',
  'Carte grise',
  "Relevé d'information",
  "Pièce d'identité",
  'Justificatif de domicile',
  'RIB',
  'Mandat SEPA',
  'Extrait Kbis',
  'Statuts de la société',
  'Liasse fiscale',
  'Attestation URSSAF',
  'Bail commercial',
  'Inventaire du matériel',
  'Factures des équipements',
  'Plan des locaux',
  'Rapport de vérification électrique',
  'Attestation de contrôle incendie',
  'Contrat de maintenance',
  'Liste des véhicules',
  'Cartes grises de la flotte',
  'Permis des conducteurs',
  'Sinistralité des 5 dernières années',
  'Questionnaire de risque',
  'Proposition signée',
  'Conditions particulières signées',
  'Attestation d’assurance précédente',
  'Lettre de résiliation',
  'Procès-verbal d’assemblée',
  'Délégation de pouvoir',
  'Organigramme',
  'Certificat de conformité',
  'Photos des locaux',
];

/** A risk type with 32 expected pieces (a fleet and premises contract), every fourth optional. */
export const manyPiecesRiskType: StoryRiskType = {
  id: 'flotte',
  label: 'Flotte automobile et multirisque professionnelle',
  pieces: LABELS.map((label, index): ExpectedPieceInput => ({ label, ...(index % 4 === 3 ? { requirement: 'optional' as const } : {}) })),
};
