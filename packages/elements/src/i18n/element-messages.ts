import type { AuditMessages } from '../components/audit/dossier-audit.messages.js';
import type { BadgeMessages } from '../components/badge/dossier-badge.messages.js';
import type { ChecklistMessages } from '../components/checklist/dossier-checklist.messages.js';
import type { DropZoneMessages } from '../components/drop-zone/dossier-drop-zone.messages.js';
import type { IndexerMessages } from '../components/indexer/dossier-indexer.messages.js';
import type { PiecesEditorMessages } from '../components/pieces-editor/dossier-pieces-editor.messages.js';
import type { PortalMessages } from '../components/portal/dossier-portal.messages.js';
import type { ReminderMessages } from '../components/reminder/dossier-reminder.messages.js';
import type { TrackerMessages } from '../components/tracker/dossier-tracker.messages.js';
import type { CommonMessages } from './common-messages.js';

/**
 * Every text of the Dossier elements in one language, by element. Every member is required, so a
 * translation missing a text does not compile. The pieces editor's parts (`<dossier-piece-options>`…)
 * speak with the editor's texts.
 */
export interface ElementMessages {
  readonly common: CommonMessages;
  readonly badge: BadgeMessages;
  readonly checklist: ChecklistMessages;
  readonly dropZone: DropZoneMessages;
  readonly indexer: IndexerMessages;
  readonly tracker: TrackerMessages;
  readonly piecesEditor: PiecesEditorMessages;
  readonly audit: AuditMessages;
  readonly reminder: ReminderMessages;
  readonly portal: PortalMessages;
}
