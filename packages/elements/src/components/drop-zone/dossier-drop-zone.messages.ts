import type { Localized } from '../../i18n/localized.js';
import type { DropZoneFileStep } from './drop-zone-file.js';

/** Texts of `<dossier-drop-zone>`. */
export interface DropZoneMessages {
  prompt: string;
  add: string;
  release: string;
  pasteHint: string;
  forPiece: (label: string, rules: string) => string;
  accepted: (kinds: string) => string;
  anyKind: string;
  maxSize: (size: string) => string;
  kindNames: Readonly<Record<string, string>>;
  pieceUnavailable: string;
  step: Record<DropZoneFileStep, string>;
  skippedByHost: string;
  oneFileOnly: string;
  filesTitle: string;
  dismiss: (name: string) => string;
  clearFinished: string;
  noFilesDropped: string;
  noFilesPasted: string;
  adding: (count: number) => string;
  storedOne: (name: string) => string;
  skippedOne: (name: string) => string;
  summary: (stored: number, rejected: number, skipped: number) => string;
  disabled: string;
}

/** Texts of `<dossier-drop-zone>` per locale. */
export const dropZoneMessages: Localized<DropZoneMessages> = {
  fr: {
    prompt: 'Déposez un document ici ou cliquez pour le sélectionner',
    add: 'Ajouter document',
    release: 'Relâchez pour ajouter les fichiers',
    pasteHint: 'Vous pouvez aussi coller un fichier (Ctrl+V).',
    forPiece: (label, rules) => `Pour « ${label} » : ${rules}.`,
    accepted: (kinds) => `types acceptés : ${kinds}`,
    anyKind: 'tous les types reconnus',
    maxSize: (size) => `${size} au maximum`,
    kindNames: { 'application/pdf': 'PDF', 'image/*': 'images', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/heic': 'HEIC', 'image/tiff': 'TIFF' },
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
    oneFileOnly: 'un seul fichier à la fois, celui-ci n’a pas été ajouté',
    filesTitle: 'Fichiers déposés',
    dismiss: (name) => `Retirer « ${name} » de la liste`,
    clearFinished: 'Effacer les résultats',
    noFilesDropped: 'Aucun fichier dans ce qui a été déposé : rien n’a été ajouté.',
    noFilesPasted: 'Aucun fichier dans ce qui a été collé : rien n’a été ajouté.',
    adding: (n) => (n === 1 ? 'Ajout d’un fichier…' : `Ajout de ${n} fichiers…`),
    storedOne: (name) => `« ${name} » enregistré.`,
    skippedOne: (name) => `« ${name} » ignoré.`,
    summary: (stored, rejected, skipped) =>
      [
        `${stored} enregistré${stored > 1 ? 's' : ''}`,
        `${rejected} refusé${rejected > 1 ? 's' : ''}`,
        ...(skipped ? [`${skipped} ignoré${skipped > 1 ? 's' : ''}`] : []),
      ].join(', ') + '.',
    disabled: 'Ajout de documents désactivé.',
  },
  en: {
    prompt: 'Drop a document here or click to choose one',
    add: 'Add document',
    release: 'Release to add the files',
    pasteHint: 'You can also paste a file (Ctrl+V).',
    forPiece: (label, rules) => `For “${label}”: ${rules}.`,
    accepted: (kinds) => `accepted kinds: ${kinds}`,
    anyKind: 'every recognised kind',
    maxSize: (size) => `${size} at most`,
    kindNames: { 'application/pdf': 'PDF', 'image/*': 'images', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/heic': 'HEIC', 'image/tiff': 'TIFF' },
    pieceUnavailable: 'Could not read the piece’s rules:',
    step: {
      pending: 'Waiting',
      validating: 'Checking…',
      storing: 'Saving…',
      stored: 'Saved',
      rejected: 'Refused',
      skipped: 'Skipped',
    },
    skippedByHost: 'skipped by the application: nothing was saved.',
    oneFileOnly: 'one file at a time, this one was not added',
    filesTitle: 'Dropped files',
    dismiss: (name) => `Remove “${name}” from the list`,
    clearFinished: 'Clear results',
    noFilesDropped: 'There was no file in what was dropped: nothing was added.',
    noFilesPasted: 'There was no file in what was pasted: nothing was added.',
    adding: (n) => (n === 1 ? 'Adding one file…' : `Adding ${n} files…`),
    storedOne: (name) => `“${name}” saved.`,
    skippedOne: (name) => `“${name}” skipped.`,
    summary: (stored, rejected, skipped) =>
      [`${stored} saved`, `${rejected} refused`, ...(skipped ? [`${skipped} skipped`] : [])].join(', ') + '.',
    disabled: 'Adding documents is disabled.',
  },
};
