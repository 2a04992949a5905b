/**
 * Realistic file names brokers receive (scans, phone photos, mail attachments, downloads from
 * insurers' and administrations' sites), each with the piece a broker would classify it to on a
 * given risk type's catalogue, or `null` where a careful broker would look at the file first.
 * The catalogues are those of the demo CRM. Test data: the suggestion's precision is measured on it.
 */
export const CATALOGUES = {
  auto: ['Permis de conduire', 'Carte grise', 'Relevé d’information', 'Pièce d’identité', 'Justificatif de domicile de moins de 3 mois', 'Kbis de moins de 3 mois', 'RIB', 'Mandat SEPA signé'],
  habitation: ['Pièce d’identité', 'Justificatif de domicile de moins de 3 mois', 'Bail ou acte de propriété', 'Attestation d’assurance antérieure', 'Kbis de moins de 3 mois', 'RIB', 'Mandat SEPA signé'],
  sante: ['Pièce d’identité', 'Attestation de droits à l’assurance maladie', 'Certificat de radiation de l’ancienne mutuelle', 'Kbis de moins de 3 mois', 'RIB', 'Mandat SEPA signé'],
  prevoyance: ['Pièce d’identité', 'Questionnaire de santé', 'Justificatif de revenus', 'Kbis de moins de 3 mois', 'RIB', 'Mandat SEPA signé'],
  rcPro: ['Kbis de moins de 3 mois', 'Pièce d’identité du dirigeant', 'Justificatif de qualification professionnelle', 'Relevé de sinistralité des 3 dernières années', 'RIB', 'Mandat SEPA signé'],
  emprunteur: ['Pièce d’identité', 'Offre de prêt', 'Tableau d’amortissement', 'Questionnaire de santé', 'Justificatif de revenus', 'RIB', 'Mandat SEPA signé'],
} as const;

/** A file name, the catalogue it is dropped on, and the piece a broker would pick (`null`: look first). */
export interface LabelledFileName {
  readonly catalogue: keyof typeof CATALOGUES;
  readonly fileName: string;
  readonly expected: string | null;
}

export const LABELLED_FILE_NAMES: readonly LabelledFileName[] = [
  // Automobile
  { catalogue: 'auto', fileName: 'permis_conduire_recto.pdf', expected: 'Permis de conduire' },
  { catalogue: 'auto', fileName: 'Permis de conduire verso.jpg', expected: 'Permis de conduire' },
  { catalogue: 'auto', fileName: 'permis.jpeg', expected: 'Permis de conduire' },
  { catalogue: 'auto', fileName: 'PermisConduire_Martin.pdf', expected: 'Permis de conduire' },
  { catalogue: 'auto', fileName: 'cartegrise.jpg', expected: 'Carte grise' },
  { catalogue: 'auto', fileName: 'CG-AB123CD.jpg', expected: 'Carte grise' },
  { catalogue: 'auto', fileName: 'certificat_immatriculation.pdf', expected: 'Carte grise' },
  { catalogue: 'auto', fileName: 'Carte grise Clio.pdf', expected: 'Carte grise' },
  { catalogue: 'auto', fileName: 'releve_information_MAAF.pdf', expected: 'Relevé d’information' },
  { catalogue: 'auto', fileName: 'relevé-d-information-2026.pdf', expected: 'Relevé d’information' },
  { catalogue: 'auto', fileName: 'RI_2026.pdf', expected: 'Relevé d’information' },
  { catalogue: 'auto', fileName: 'CNI recto.jpg', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'CNI_verso.jpg', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'carte_identite_verso.png', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'passeport.pdf', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'piece_identite.pdf', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'justificatif_domicile.pdf', expected: 'Justificatif de domicile de moins de 3 mois' },
  { catalogue: 'auto', fileName: 'justif dom.pdf', expected: 'Justificatif de domicile de moins de 3 mois' },
  { catalogue: 'auto', fileName: 'rib.pdf', expected: 'RIB' },
  { catalogue: 'auto', fileName: 'RIB_BNP_2026.pdf', expected: 'RIB' },
  { catalogue: 'auto', fileName: 'mandat_sepa_signe.pdf', expected: 'Mandat SEPA signé' },
  { catalogue: 'auto', fileName: 'SEPA.pdf', expected: 'Mandat SEPA signé' },
  { catalogue: 'auto', fileName: 'Mandat de prélèvement.pdf', expected: 'Mandat SEPA signé' },
  { catalogue: 'auto', fileName: 'kbis.pdf', expected: 'Kbis de moins de 3 mois' },
  { catalogue: 'auto', fileName: 'extrait_kbis_societe.pdf', expected: 'Kbis de moins de 3 mois' },
  { catalogue: 'auto', fileName: 'offre-signee-20Mo.pdf', expected: null },
  { catalogue: 'auto', fileName: 'IMG_2041.jpg', expected: null },
  { catalogue: 'auto', fileName: 'IMG_20261012_143522.jpg', expected: null },
  { catalogue: 'auto', fileName: 'scan0001.pdf', expected: null },
  { catalogue: 'auto', fileName: 'Scan 12 oct. 2026.pdf', expected: null },
  { catalogue: 'auto', fileName: 'WhatsApp Image 2026-10-12 at 14.35.22.jpeg', expected: null },
  { catalogue: 'auto', fileName: 'document.pdf', expected: null },
  { catalogue: 'auto', fileName: 'piece-jointe.pdf', expected: null },
  { catalogue: 'auto', fileName: 'photo.jpg', expected: null },
  { catalogue: 'auto', fileName: 'attestation.pdf', expected: null },
  { catalogue: 'auto', fileName: 'facture_edf_octobre.pdf', expected: null },
  { catalogue: 'auto', fileName: 'contrat_signe.pdf', expected: null },
  // Multirisque habitation
  { catalogue: 'habitation', fileName: 'bail_appartement_lyon.pdf', expected: 'Bail ou acte de propriété' },
  { catalogue: 'habitation', fileName: 'acte_propriete.pdf', expected: 'Bail ou acte de propriété' },
  { catalogue: 'habitation', fileName: 'contrat de location.pdf', expected: 'Bail ou acte de propriété' },
  { catalogue: 'habitation', fileName: 'attestation assurance ancienne.pdf', expected: 'Attestation d’assurance antérieure' },
  { catalogue: 'habitation', fileName: 'attestation_habitation_2025.pdf', expected: null },
  { catalogue: 'habitation', fileName: 'rib_compte_joint.pdf', expected: 'RIB' },
  { catalogue: 'habitation', fileName: 'avis_taxe_fonciere.pdf', expected: null },
  { catalogue: 'habitation', fileName: 'IMG_1187.HEIC', expected: null },
  { catalogue: 'habitation', fileName: 'quittance_loyer_sept.pdf', expected: null },
  // Santé
  { catalogue: 'sante', fileName: 'attestation_ameli.pdf', expected: 'Attestation de droits à l’assurance maladie' },
  { catalogue: 'sante', fileName: 'attestation_droits_cpam.pdf', expected: 'Attestation de droits à l’assurance maladie' },
  { catalogue: 'sante', fileName: 'attestation mutuelle 2026.pdf', expected: null },
  { catalogue: 'sante', fileName: 'certificat_radiation.pdf', expected: 'Certificat de radiation de l’ancienne mutuelle' },
  { catalogue: 'sante', fileName: 'radiation_mutuelle_harmonie.pdf', expected: 'Certificat de radiation de l’ancienne mutuelle' },
  { catalogue: 'sante', fileName: 'carte_vitale.jpg', expected: null },
  { catalogue: 'sante', fileName: 'ordonnance.pdf', expected: null },
  // Prévoyance
  { catalogue: 'prevoyance', fileName: 'questionnaire_medical.pdf', expected: 'Questionnaire de santé' },
  { catalogue: 'prevoyance', fileName: 'QS_signe.pdf', expected: 'Questionnaire de santé' },
  { catalogue: 'prevoyance', fileName: 'bulletin_salaire_septembre.pdf', expected: 'Justificatif de revenus' },
  { catalogue: 'prevoyance', fileName: 'fiche_de_paie_2026_10.pdf', expected: 'Justificatif de revenus' },
  { catalogue: 'prevoyance', fileName: 'avis_imposition_2025.pdf', expected: 'Justificatif de revenus' },
  { catalogue: 'prevoyance', fileName: 'attestation_employeur.pdf', expected: null },
  { catalogue: 'prevoyance', fileName: 'bilan_2025.pdf', expected: null },
  // RC professionnelle
  { catalogue: 'rcPro', fileName: 'kbis_2026.pdf', expected: 'Kbis de moins de 3 mois' },
  { catalogue: 'rcPro', fileName: 'diplome_architecte.pdf', expected: 'Justificatif de qualification professionnelle' },
  { catalogue: 'rcPro', fileName: 'releve_sinistralite.pdf', expected: 'Relevé de sinistralité des 3 dernières années' },
  { catalogue: 'rcPro', fileName: 'releve-sinistres-3ans.pdf', expected: 'Relevé de sinistralité des 3 dernières années' },
  { catalogue: 'rcPro', fileName: 'CNI_gerant.jpg', expected: 'Pièce d’identité du dirigeant' },
  { catalogue: 'rcPro', fileName: 'statuts_societe.pdf', expected: null },
  // Assurance emprunteur
  { catalogue: 'emprunteur', fileName: 'offre_de_pret_signee.pdf', expected: 'Offre de prêt' },
  { catalogue: 'emprunteur', fileName: 'offre-signee-20Mo.pdf', expected: 'Offre de prêt' },
  { catalogue: 'emprunteur', fileName: 'tableau_amortissement_CIC.pdf', expected: 'Tableau d’amortissement' },
  { catalogue: 'emprunteur', fileName: 'echeancier_pret.pdf', expected: 'Tableau d’amortissement' },
  { catalogue: 'emprunteur', fileName: 'questionnaire_sante_adhesion.pdf', expected: 'Questionnaire de santé' },
  { catalogue: 'emprunteur', fileName: 'IMG_2041.jpg', expected: null },
  // Written after the rules were set, to check they were not fitted to the names above.
  { catalogue: 'auto', fileName: 'permis-B-recto-verso.jpg', expected: 'Permis de conduire' },
  { catalogue: 'auto', fileName: 'carte grise scan.pdf', expected: 'Carte grise' },
  { catalogue: 'auto', fileName: 'Relevé_Infos_Assureur.pdf', expected: 'Relevé d’information' },
  { catalogue: 'auto', fileName: 'justificatif-de-domicile-facture.pdf', expected: 'Justificatif de domicile de moins de 3 mois' },
  { catalogue: 'auto', fileName: 'titre_de_sejour.jpg', expected: 'Pièce d’identité' },
  { catalogue: 'auto', fileName: 'carte_bancaire.jpg', expected: null },
  { catalogue: 'auto', fileName: 'RIB.png', expected: 'RIB' },
  { catalogue: 'habitation', fileName: 'acte_notarie_vente.pdf', expected: 'Bail ou acte de propriété' },
  { catalogue: 'habitation', fileName: 'attestation_assurance_habitation_precedente.pdf', expected: 'Attestation d’assurance antérieure' },
  { catalogue: 'sante', fileName: 'radiation.pdf', expected: 'Certificat de radiation de l’ancienne mutuelle' },
  { catalogue: 'sante', fileName: 'attestation_de_droits.pdf', expected: 'Attestation de droits à l’assurance maladie' },
  { catalogue: 'prevoyance', fileName: 'avis-d-impot-2026.pdf', expected: 'Justificatif de revenus' },
  { catalogue: 'prevoyance', fileName: 'questionnaire.pdf', expected: 'Questionnaire de santé' },
  { catalogue: 'rcPro', fileName: 'diplôme.pdf', expected: 'Justificatif de qualification professionnelle' },
  { catalogue: 'rcPro', fileName: 'sinistralite_2023_2025.pdf', expected: 'Relevé de sinistralité des 3 dernières années' },
  { catalogue: 'emprunteur', fileName: 'Offre Prêt Immo BNP.pdf', expected: 'Offre de prêt' },
  { catalogue: 'emprunteur', fileName: 'amortissement.pdf', expected: 'Tableau d’amortissement' },
  { catalogue: 'emprunteur', fileName: 'tableau.pdf', expected: 'Tableau d’amortissement' },
];
