/**
 * Dossier in French, the default and every fallback: core's texts (`@dossier/core/locales/fr`) and every element's, one constant
 * per element. Each element imports its own French texts from the module beside it (`dossier-tracker.messages.fr.ts`…), so a
 * page loads the French of the elements it shows only; this module gathers them.
 * @packageDocumentation
 */
import { fr as core } from '@dossier/core/locales/fr';
import { audit } from '../components/audit/dossier-audit.messages.fr.js';
import { badge } from '../components/badge/dossier-badge.messages.fr.js';
import { checklist } from '../components/checklist/dossier-checklist.messages.fr.js';
import { dropZone } from '../components/drop-zone/dossier-drop-zone.messages.fr.js';
import { indexer } from '../components/indexer/dossier-indexer.messages.fr.js';
import { piecesEditor } from '../components/pieces-editor/dossier-pieces-editor.messages.fr.js';
import { portal } from '../components/portal/dossier-portal.messages.fr.js';
import { reminder } from '../components/reminder/dossier-reminder.messages.fr.js';
import { tracker } from '../components/tracker/dossier-tracker.messages.fr.js';
import { common } from '../i18n/common-messages.fr.js';
import type { Translation } from '../i18n/translation.js';

export { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal };

/** Dossier in French: core and every element. */
export const fr: Translation = {
  locale: 'fr',
  core,
  elements: { common, badge, checklist, dropZone, indexer, tracker, piecesEditor, audit, reminder, portal },
};
