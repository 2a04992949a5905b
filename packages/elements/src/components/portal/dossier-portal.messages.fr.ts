// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { PortalMessages } from './dossier-portal.messages.js';

/** The French texts of `<dossier-portal>`. */
export const portal: PortalMessages = {
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  intro: (cabinetName) =>
    `${cabinetName || 'Votre courtier'} vous demande les documents ci-dessous. Envoyez-les depuis cette page : aucun compte n’est nécessaire.`,
  expires: (date) => `Ce lien est valable jusqu’au ${date}.`,
  filesLeft: (count) => `Vous pouvez encore envoyer ${count} fichier${count > 1 ? 's' : ''}.`,
  status: { requested: 'À envoyer', received: 'Reçu — à vérifier', complete: 'Complet', rejected: 'Refusé — à renvoyer' },
  rules: (kinds, size) => `Accepté : ${kinds}, ${size} au plus.`,
  anyKind: 'PDF, images ou documents',
  chooseFile: (label) => `Choisir un fichier — ${label}`,
  takePhoto: (label) => `Prendre une photo — ${label}`,
  sentFiles: 'Fichiers envoyés',
  reviewState: { pending: 'reçu, en cours de vérification', accepted: 'accepté', rejected: 'refusé', none: 'reçu' },
  rejectionReason: {
    illegible: 'le document est illisible',
    expired: 'le document est expiré',
    'wrong-document': 'ce n’est pas le document demandé',
    incomplete: 'le document est incomplet',
    other: 'voir la remarque ci-dessous',
  },
  rejected: (reason) => `Votre courtier a refusé le dernier fichier : ${reason}.`,
  sendAgain: 'Envoyez un nouveau fichier pour ce document.',
  notAccepted: (name, kinds) => `« ${name} » n’est pas accepté : ce document doit être un fichier ${kinds}.`,
  tooLarge: (name, size) => `« ${name} » est trop volumineux : ${size} au plus.`,
  empty: (name) => `« ${name} » est vide.`,
  uploading: (name) => `Envoi de « ${name} »…`,
  progress: (name, percent) => `Envoi de « ${name} » : ${percent} %`,
  uploaded: (name) => `« ${name} » envoyé.`,
  refused: (name, reason) => `« ${name} » n’a pas été envoyé. ${reason}`,
  noMoreFiles: 'Ce lien n’accepte plus de fichier.',
  done: 'Terminé',
  summaryTitle: 'Récapitulatif',
  summarySent: (count) =>
    count === 0
      ? 'Aucun fichier envoyé.'
      : `${count} fichier${count > 1 ? 's' : ''} envoyé${count > 1 ? 's' : ''}. Votre courtier va les vérifier.`,
  summaryMissing: (count) => `${count} document${count > 1 ? 's' : ''} reste${count > 1 ? 'nt' : ''} à envoyer.`,
  summaryAllSent: 'Tous les documents demandés ont été envoyés. Merci !',
  back: 'Revenir aux documents',
  linkNotWorking: 'Ce lien n’est plus valable. Demandez-en un nouveau à votre courtier.',
  noConnection: 'Aucune connexion : donnez à l’élément sa propriété connection.',
};
