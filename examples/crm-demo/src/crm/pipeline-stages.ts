import { pickText, type Locale, type LocalizedText } from '@dossier/core';

/**
 * The brokerage's sales steps, in order. The French name is what the CRM
 * stores as the Dossier's `stage` (a host's own vocabulary); the others are
 * only shown.
 */
export const PIPELINE_STAGES = [
  { id: 'Prospect', names: { en: 'Prospect', de: 'Interessent', es: 'Prospecto', it: 'Potenziale cliente', nl: 'Prospect' } },
  {
    id: 'Étude',
    names: { en: 'Needs analysis', de: 'Bedarfsanalyse', es: 'Análisis de necesidades', it: 'Analisi dei bisogni', nl: 'Behoefteanalyse' },
  },
  {
    id: 'Proposition envoyée',
    names: { en: 'Proposal sent', de: 'Angebot versandt', es: 'Propuesta enviada', it: 'Proposta inviata', nl: 'Offerte verstuurd' },
  },
  { id: 'Signature', names: { en: 'Signature', de: 'Unterschrift', es: 'Firma', it: 'Firma', nl: 'Ondertekening' } },
] as const satisfies readonly { id: string; names: LocalizedText }[];

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
  const names: LocalizedText = { fr: stage, ...PIPELINE_STAGES.find((s) => s.id === stage)?.names };
  return pickText(names, locale);
}

/** The stage before or after `stage`, or `undefined` at either end. */
export function neighbourStage(stage: PipelineStage, step: -1 | 1): PipelineStage | undefined {
  const index = PIPELINE_STAGES.findIndex((s) => s.id === stage);
  return PIPELINE_STAGES[index + step]?.id;
}
