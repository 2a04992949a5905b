// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { BadgeMessages } from './dossier-badge.messages.js';
import { asSentence } from '../../i18n/as-sentence.js';
import { pluralFr } from '../../i18n/plural-fr.js';

/** The French texts of `<dossier-badge>`. */
export const badge: BadgeMessages = {
  toCollect: (n) => `${n} ${pluralFr(n, { one: 'pièce', other: 'pièces' })} à collecter`,
  complete: 'Dossier complet',
  title: 'Suivi des documents',
  buttonLabel: (status) => `Suivi des documents : ${asSentence(status)} Voir les documents obtenus et ceux qui restent à compléter`,
  toReview: (n) => `${n} à vérifier`,
};
