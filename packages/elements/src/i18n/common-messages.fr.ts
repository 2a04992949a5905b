// French, the default and every fallback: each element imports these texts itself;
// `@dossier/elements/locales/fr` gathers them with every element's.
import type { CommonMessages } from './common-messages.js';

/** The French of the texts several elements share. */
export const common: CommonMessages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  noClient: 'Aucun client Dossier : placez l’élément dans un <dossier-provider> ou donnez-lui la propriété client.',
  status: {
    missing: 'Manquante',
    expired: 'Expirée',
    'pending-review': 'Reçue — à vérifier',
    obtained: 'Obtenue',
    archived: 'Archivée',
    waived: 'Dispensée',
  },
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
  partUnavailable: 'Cette partie de Dossier n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
};
