import { createContext } from '@lit/context';
import type { StageLabel } from './stage-label.js';

/** Context carrying the host's `stageLabel` from `<dossier-provider>` to the elements that show a pipeline stage. */
export const dossierStageLabelContext = createContext<StageLabel | undefined>(Symbol.for('dossier:stage-label'));
