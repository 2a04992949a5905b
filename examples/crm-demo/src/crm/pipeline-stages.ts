import type { Locale } from '@dossier/core';

/**
 * The brokerage's sales steps, in order. The French name is what the CRM
 * stores as the Dossier's `stage` (a host's own vocabulary); the English one
 * is only shown.
 */
export const PIPELINE_STAGES = [
  { id: 'Prospect', en: 'Prospect' },
  { id: 'Étude', en: 'Needs analysis' },
  { id: 'Proposition envoyée', en: 'Proposal sent' },
  { id: 'Signature', en: 'Signature' },
] as const;

/** A stage of the pipeline, as stored in `Dossier.stage`. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number]['id'];

/** The stage a proposal without a known stage is shown in. */
export const FIRST_STAGE: PipelineStage = PIPELINE_STAGES[0].id;

/** Whether a stored stage is one of the pipeline's. */
export function isPipelineStage(stage: string | null | undefined): stage is PipelineStage {
  return PIPELINE_STAGES.some((s) => s.id === stage);
}

/** The stage's name in the given locale. */
export function stageLabel(stage: PipelineStage, locale: Locale): string {
  return locale === 'en' ? (PIPELINE_STAGES.find((s) => s.id === stage)?.en ?? stage) : stage;
}

/** The stage before or after `stage`, or `undefined` at either end. */
export function neighbourStage(stage: PipelineStage, step: -1 | 1): PipelineStage | undefined {
  const index = PIPELINE_STAGES.findIndex((s) => s.id === stage);
  return PIPELINE_STAGES[index + step]?.id;
}
