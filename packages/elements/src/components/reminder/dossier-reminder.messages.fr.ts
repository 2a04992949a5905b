// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { ReminderMessages } from './dossier-reminder.messages.js';

/** The French texts of `<dossier-reminder>`. */
export const reminder: ReminderMessages = {
  title: 'Relance',
  to: 'À',
  subject: 'Objet',
  body: 'Message',
  pieces: 'Pièces demandées',
  piecesHint: 'Les pièces cochées sont enregistrées comme demandées avec la relance.',
  noPieces: 'Aucune pièce manquante.',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: (to) => `Relance envoyée à ${to}.`,
  history: 'Relances précédentes',
  noHistory: 'Aucune relance envoyée pour ce dossier.',
  historyItem: (date, subject) => `${date} — ${subject}`,
  sentTo: (to) => `à ${to}`,
  fieldErrors: {
    toInvalid: 'Adresse e-mail invalide : saisissez une seule adresse, par exemple nom@exemple.fr.',
    toLineBreak: 'L’adresse ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    subjectLineBreak: 'L’objet ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    subjectEmpty: 'L’objet ne peut pas être vide.',
    bodyEmpty: 'Le message ne peut pas être vide.',
    bodyInvalid: 'Le message n’est pas valide.',
  },
  sendFailed: 'La relance n’a pas été envoyée.',
  mailtoBlocked:
    'Impossible d’ouvrir la messagerie : cette page est affichée dans un cadre isolé (iframe sandbox) qui l’interdit. ' +
    'L’application hôte doit autoriser allow-popups ou allow-top-navigation-to-custom-protocols, ou envoyer elle-même (propriété transport).',
  uploadLink: {
    attach: 'Joindre un lien de dépôt',
    attaching: 'Création du lien…',
    attached: (days: number) => `Lien de dépôt ajouté au message, valable ${days} jours.`,
    failed: 'Le lien de dépôt n’a pas pu être créé.',
    noPieces: 'Cochez au moins une pièce à demander pour créer le lien.',
    hint: 'Le client déposera les pièces cochées sur une page sécurisée, sans compte.',
  },
  automatic: {
    title: 'Relances automatiques',
    status: {
      unscheduled: 'Aucune relance automatique programmée',
      active: 'Relances automatiques en cours',
      paused: 'Relances automatiques en pause',
      stopped: 'Relances automatiques arrêtées',
      closed: 'Dossier clos : plus de relances',
      complete: 'Dossier complet : plus de relances',
      exhausted: 'Relances épuisées',
      escalated: 'Relances épuisées, courtier prévenu',
    },
    next: (date) => `Prochaine relance le ${date}`,
    start: 'Programmer les relances',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    failed: 'Action impossible :',
  },
  origin: {
    manual: 'Manuelle',
    automatic: (step) => `Automatique (relance ${step})`,
    escalation: 'Alerte au courtier',
  },
};
