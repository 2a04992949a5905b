import type { DropZoneFileStep } from './drop-zone-file.js';

/** The steps of a `<dossier-drop-zone>` file that are final: its row may be dismissed. */
export const FINISHED_STEPS: ReadonlySet<DropZoneFileStep> = new Set<DropZoneFileStep>(['stored', 'rejected', 'skipped']);
