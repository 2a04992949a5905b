import type { PieceStatusValue, RequiredReason } from '@dossier/core';
import type { Localized } from './localized.js';

/** Texts shared by several elements. */
export interface CommonMessages {
  loading: string;
  retry: string;
  noClient: string;
  status: Record<PieceStatusValue, string>;
  required: string;
  notRequired: string;
  requiredReason: Record<RequiredReason, string>;
  close: string;
  cancel: string;
  confirm: string;
  remove: string;
  unclassified: string;
}

/** Common texts, French (default). */
export const commonMessagesFr: CommonMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  noClient: 'Aucun client Dossier : placez l’élément dans un <dossier-provider> ou donnez-lui la propriété client.',
  status: { missing: 'Manquante', expired: 'Expirée', obtained: 'Obtenue', archived: 'Archivée', waived: 'Dispensée' },
  required: 'Obligatoire',
  notRequired: 'Facultative',
  requiredReason: {
    mandatory: 'Obligatoire pour tous les clients',
    optional: 'Facultative pour tous les clients',
    'rule-matched': 'Selon le profil du client',
    'rule-not-matched': 'Selon le profil du client',
  },
  close: 'Fermer',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  remove: 'Supprimer',
  unclassified: 'Non classé',
};

/** Common texts, English. */
export const commonMessagesEn: CommonMessages = {
  loading: 'Loading…',
  retry: 'Retry',
  noClient: 'No Dossier client: put the element inside a <dossier-provider> or set its client property.',
  status: { missing: 'Missing', expired: 'Expired', obtained: 'Obtained', archived: 'Archived', waived: 'Waived' },
  required: 'Required',
  notRequired: 'Optional',
  requiredReason: {
    mandatory: 'Required for every client',
    optional: 'Optional for every client',
    'rule-matched': 'Depends on the client profile',
    'rule-not-matched': 'Depends on the client profile',
  },
  close: 'Close',
  cancel: 'Cancel',
  confirm: 'Confirm',
  remove: 'Remove',
  unclassified: 'Unclassified',
};

/** Common texts per locale. */
export const commonMessages: Localized<CommonMessages> = { fr: commonMessagesFr, en: commonMessagesEn };
