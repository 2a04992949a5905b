import { MEDIA_TYPES as T } from '../files/media-types.js';
import type { MediaTypeLabels } from './media-type-labels.js';

/** Kinds of files in English. */
export const mediaTypeLabelsEn: MediaTypeLabels = {
  types: {
    [T.pdf]: 'PDF document',
    [T.png]: 'PNG image',
    [T.jpeg]: 'JPEG image',
    [T.gif]: 'GIF image',
    [T.webp]: 'WebP image',
    [T.tiff]: 'TIFF image',
    [T.heic]: 'HEIC photo',
    [T.heif]: 'HEIF image',
    [T.avif]: 'AVIF image',
    [T.docx]: 'Word document',
    [T.xlsx]: 'Excel workbook',
    [T.pptx]: 'PowerPoint presentation',
    [T.doc]: 'Word 97-2003 document',
    [T.xls]: 'Excel 97-2003 workbook',
    [T.ppt]: 'PowerPoint 97-2003 presentation',
    [T.msg]: 'Outlook message',
    [T.odt]: 'OpenDocument text',
    [T.ods]: 'OpenDocument spreadsheet',
    [T.odp]: 'OpenDocument presentation',
    [T.rtf]: 'RTF document',
    [T.txt]: 'text file',
    [T.csv]: 'CSV table',
    [T.zip]: 'ZIP archive',
    [T.html]: 'web page (HTML)',
    [T.compoundFile]: 'Office 97-2003 file',
  },
  families: { image: 'images', text: 'text files', application: 'documents' },
  anything: 'any type',
};
