import type { PipelineStage } from '../crm/pipeline-stages.js';

/** An ASCII slug of a stage, for test ids and CSS: "Proposition envoyée" → "proposition-envoyee". */
export function stageSlug(stage: PipelineStage): string {
  return stage
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}
