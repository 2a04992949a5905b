import { MEDIA_TYPES as T } from '../files/media-types.js';
import type { MediaTypeLabels } from './media-type-labels.js';

/** Kinds of files in French (default locale). */
export const mediaTypeLabelsFr: MediaTypeLabels = {
  types: {
    [T.pdf]: 'document PDF',
    [T.png]: 'image PNG',
    [T.jpeg]: 'image JPEG',
    [T.gif]: 'image GIF',
    [T.webp]: 'image WebP',
    [T.tiff]: 'image TIFF',
    [T.heic]: 'photo HEIC',
    [T.heif]: 'image HEIF',
    [T.avif]: 'image AVIF',
    [T.docx]: 'document Word',
    [T.xlsx]: 'classeur Excel',
    [T.pptx]: 'présentation PowerPoint',
    [T.doc]: 'document Word 97-2003',
    [T.xls]: 'classeur Excel 97-2003',
    [T.ppt]: 'présentation PowerPoint 97-2003',
    [T.msg]: 'message Outlook',
    [T.odt]: 'texte OpenDocument',
    [T.ods]: 'classeur OpenDocument',
    [T.odp]: 'présentation OpenDocument',
    [T.rtf]: 'document RTF',
    [T.txt]: 'fichier texte',
    [T.csv]: 'tableau CSV',
    [T.zip]: 'archive ZIP',
    [T.html]: 'page web (HTML)',
    [T.compoundFile]: 'fichier Office 97-2003',
  },
  families: { image: 'images', text: 'fichiers texte', application: 'documents' },
  anything: 'tous les types',
};
