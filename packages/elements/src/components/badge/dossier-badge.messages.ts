import type { Localized } from '../../i18n/localized.js';

/** Texts of `<dossier-badge>`. */
export interface BadgeMessages {
  toCollect: (count: number) => string;
  complete: string;
  title: string;
  /** The badge button's accessible name, from its status ("2 pièces à collecter", "Chargement…"). */
  buttonLabel: (status: string) => string;
}

/** `status` closed as a sentence, without doubling a final "…" or ".". */
function sentence(status: string): string {
  return /[.…!?]$/.test(status) ? status : `${status}.`;
}

/** Texts of `<dossier-badge>` per locale. */
export const badgeMessages: Localized<BadgeMessages> = {
  fr: {
    toCollect: (n) => (n === 1 ? '1 pièce à collecter' : `${n} pièces à collecter`),
    complete: 'Dossier complet',
    title: 'Suivi des documents',
    buttonLabel: (status) => `Suivi des documents : ${sentence(status)} Voir les documents obtenus et ceux qui restent à compléter`,
  },
  en: {
    toCollect: (n) => (n === 1 ? '1 document to collect' : `${n} documents to collect`),
    complete: 'File complete',
    title: 'Document tracking',
    buttonLabel: (status) => `Document tracking: ${sentence(status)} See the documents obtained and those still to collect`,
  },
};
