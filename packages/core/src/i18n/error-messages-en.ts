import type { ErrorMessages } from './error-messages.js';
import { describeAcceptList, describeMediaType } from './describe-media-type.js';
import { formatBytes } from './format-bytes.js';
import { pickText } from './localized-text.js';

const quote = (s: string | undefined): string => (s ? `“${s}”` : '');

/** English error messages. */
export const errorMessagesEn: ErrorMessages = {
  'invalid-input': (d) => `Invalid input${d.field ? ` (${d.field})` : ''}${d.reason ? `: ${pickText(d.reason, 'en')}` : '.'}`,
  'not-found': (d) => `Not found: ${d.kind ?? 'item'} ${quote(d.id)}.`.replace(' .', '.'),
  'file-empty': (d) => `The file ${quote(d.fileName)} is empty.`.replace('  ', ' '),
  'file-too-large': (d) =>
    `The file ${quote(d.fileName)} is too large${d.size !== undefined ? ` (${formatBytes(d.size, 'en')})` : ''}${
      d.maxBytes !== undefined ? `: at most ${formatBytes(d.maxBytes, 'en')}.` : '.'
    }`.replace('  ', ' '),
  'file-type-not-accepted': (d) =>
    `The file ${quote(d.fileName)} is not of an accepted type${
      d.mediaType ? ` (detected: ${describeMediaType(d.mediaType, 'en')})` : ' (unrecognised type)'
    }${d.accepted && d.accepted.length ? `. Accepted: ${describeAcceptList(d.accepted, 'en')}.` : '.'}`.replace('  ', ' '),
  'file-damaged': (d) =>
    `The file ${quote(d.fileName)} seems incomplete or damaged${d.mediaType ? ` (${describeMediaType(d.mediaType, 'en')}` : ''}${
      d.reason ? `${d.mediaType ? ': ' : ' ('}${pickText(d.reason, 'en')})` : d.mediaType ? ')' : ''
    }: nothing was saved. Ask for a new copy.`.replace('  ', ' '),
  'duplicate-document': (d) => `The file ${quote(d.fileName)} was already added to this dossier.`.replace('  ', ' '),
  'invalid-transition': (d) => `Not allowed${d.event ? ` (${d.event})` : ''}${d.from ? ` while “${d.from}”` : ''}.`,
  'incomplete-dossier': (d) =>
    `The dossier is incomplete${d.missing && d.missing.length ? `: missing ${d.missing.join(', ')}` : ''}.`,
  conflict: (d) => `${d.kind ?? 'The item'} ${quote(d.id)} was changed meanwhile; reload and try again.`.replace('  ', ' '),
  'unsafe-header': (d) =>
    `Message header refused${d.field ? ` (${d.field})` : ''}: ${d.reason ? pickText(d.reason, 'en') : 'line break or invalid address'}.`,
  'quota-exceeded': () => `Not enough storage space: nothing was saved.`,
  'storage-unavailable': (d) => `Storage unavailable${d.reason ? ` (${pickText(d.reason, 'en')})` : ''}: nothing was saved, try again.`,
};
