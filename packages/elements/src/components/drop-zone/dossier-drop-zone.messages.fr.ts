// French, the default and every fallback: the element imports these texts itself, so a page that
// never shows it never loads them; `@dossier/elements/locales/fr` gathers every element's.
import type { DropZoneMessages } from './dossier-drop-zone.messages.js';
import { pluralFr } from '../../i18n/plural-fr.js';
import { oneFileOnlyFr } from './one-file-only.fr.js';

/** The French texts of `<dossier-drop-zone>`. */
export const dropZone: DropZoneMessages = {
  prompt: 'Déposez un document ici ou cliquez pour le sélectionner',
  add: 'Ajouter document',
  release: 'Relâchez pour ajouter les fichiers',
  pasteHint: 'Vous pouvez aussi coller un fichier (Ctrl+V).',
  forPiece: (label, rules) => `Pour « ${label} » : ${rules}.`,
  accepted: (kinds) => `types acceptés : ${kinds}`,
  anyKind: 'tous les types reconnus',
  maxSize: (size) => `${size} au maximum`,
  kindNames: {
    'application/pdf': 'PDF',
    'image/*': 'images',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'image/tiff': 'TIFF',
  },
  pieceUnavailable: 'Impossible de lire les règles de la pièce :',
  step: {
    pending: 'En attente',
    validating: 'Vérification…',
    storing: 'Enregistrement…',
    stored: 'Enregistré',
    rejected: 'Refusé',
    skipped: 'Ignoré',
  },
  skippedByHost: 'ignoré par l’application : rien n’a été enregistré.',
  oneFileOnly: oneFileOnlyFr,
  filesTitle: 'Fichiers déposés',
  dismiss: (name) => `Retirer « ${name} » de la liste`,
  clearFinished: 'Effacer les résultats',
  noFilesDropped: 'Aucun fichier dans ce qui a été déposé : rien n’a été ajouté.',
  noFilesPasted: 'Aucun fichier dans ce qui a été collé : rien n’a été ajouté.',
  adding: (n) => pluralFr(n, { one: 'Ajout d’un fichier…', other: `Ajout de ${n} fichiers…` }),
  storedOne: (name) => `« ${name} » enregistré.`,
  skippedOne: (name) => `« ${name} » ignoré.`,
  summary: (stored, rejected, skipped) =>
    [
      `${stored} ${pluralFr(stored, { one: 'enregistré', other: 'enregistrés' })}`,
      `${rejected} ${pluralFr(rejected, { one: 'refusé', other: 'refusés' })}`,
      ...(skipped ? [`${skipped} ${pluralFr(skipped, { one: 'ignoré', other: 'ignorés' })}`] : []),
    ].join(', ') + '.',
  disabled: 'Ajout de documents désactivé.',
};
