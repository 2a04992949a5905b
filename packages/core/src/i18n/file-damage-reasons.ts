import type { FileDamage } from '../files/file-damage.js';
import type { LocalizedText } from './localized-text.js';

/** What each kind of damage means for the broker, as the reason of a `file-damaged` error. */
export const FILE_DAMAGE_REASONS: Readonly<Record<FileDamage, LocalizedText>> = {
  truncated: { fr: 'sa fin manque, le transfert a sans doute été interrompu', en: 'its end is missing, the transfer was probably cut short' },
  'no-content': { fr: 'rien de lisible après son en-tête', en: 'nothing readable after its header' },
  corrupt: { fr: 'sa structure interne est incohérente', en: 'its internal structure is inconsistent' },
};
