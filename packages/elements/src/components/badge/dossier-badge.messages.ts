import type { Localized } from '../../i18n/localized.js';

/** Texts of `<dossier-badge>`. */
export interface BadgeMessages {
  toCollect: (count: number) => string;
  complete: string;
  open: string;
  title: string;
}

/** Texts of `<dossier-badge>` per locale. */
export const badgeMessages: Localized<BadgeMessages> = {
  fr: {
    toCollect: (n) => (n === 1 ? '1 pièce à collecter' : `${n} pièces à collecter`),
    complete: 'Dossier complet',
    open: 'Voir les documents obtenus et ceux qui restent à compléter',
    title: 'Suivi des documents',
  },
  en: {
    toCollect: (n) => (n === 1 ? '1 document to collect' : `${n} documents to collect`),
    complete: 'File complete',
    open: 'See the documents obtained and those still to collect',
    title: 'Document tracking',
  },
};
