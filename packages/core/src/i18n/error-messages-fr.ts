import type { ErrorMessages } from './error-messages.js';
import { describeAcceptList, describeMediaType } from './describe-media-type.js';
import { formatBytes } from './format-bytes.js';
import { pickText } from './localized-text.js';

const quote = (s: string | undefined): string => (s ? `« ${s} »` : '');

/** French error messages (default locale). */
export const errorMessagesFr: ErrorMessages = {
  'invalid-input': (d) =>
    `Saisie invalide${d.field ? ` (${d.field})` : ''}${d.reason ? ` : ${pickText(d.reason, 'fr')}` : '.'}`,
  'not-found': (d) => `Introuvable : ${d.kind ?? 'élément'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `Le fichier ${quote(d.fileName)} est vide.`.replace('  ', ' '),
  'file-too-large': (d) =>
    `Le fichier ${quote(d.fileName)} est trop volumineux${
      d.size !== undefined ? ` (${formatBytes(d.size, 'fr')})` : ''
    }${d.maxBytes !== undefined ? ` : ${formatBytes(d.maxBytes, 'fr')} au maximum.` : '.'}`.replace('  ', ' '),
  'file-type-not-accepted': (d) =>
    `Le fichier ${quote(d.fileName)} n'est pas d'un type accepté${
      d.mediaType ? ` (détecté : ${describeMediaType(d.mediaType, 'fr')})` : ' (type non reconnu)'
    }${d.accepted && d.accepted.length ? `. Types acceptés : ${describeAcceptList(d.accepted, 'fr')}.` : '.'}`.replace('  ', ' '),
  'file-damaged': (d) =>
    `Le fichier ${quote(d.fileName)} semble incomplet ou endommagé${d.mediaType ? ` (${describeMediaType(d.mediaType, 'fr')}` : ''}${
      d.reason ? `${d.mediaType ? ' : ' : ' ('}${pickText(d.reason, 'fr')})` : d.mediaType ? ')' : ''
    } : rien n'a été enregistré. Demandez-en une nouvelle copie.`.replace('  ', ' '),
  'duplicate-document': (d) => `Le fichier ${quote(d.fileName)} a déjà été ajouté à ce dossier.`.replace('  ', ' '),
  'invalid-transition': (d) =>
    `Action impossible${d.event ? ` (${d.event})` : ''}${d.from ? ` dans l'état « ${d.from} »` : ''}.`,
  'incomplete-dossier': (d) =>
    `Le dossier est incomplet${d.missing && d.missing.length ? ` : il manque ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) =>
    `${d.kind ?? 'L’élément'} ${quote(d.id)} a été modifié entre-temps ; rechargez puis réessayez.`.replace('  ', ' '),
  'unsafe-header': (d) =>
    `En-tête de message refusé${d.field ? ` (${d.field})` : ''} : ${d.reason ? pickText(d.reason, 'fr') : 'retour à la ligne ou adresse invalide'}.`,
  'quota-exceeded': () => `Espace de stockage insuffisant : rien n'a été enregistré.`,
  'storage-unavailable': (d) =>
    `Stockage indisponible${d.reason ? ` (${pickText(d.reason, 'fr')})` : ''} : rien n'a été enregistré, réessayez.`,
};
