import type { Locale } from '@dossier/core';

/**
 * Names a pipeline stage in a locale. `Dossier.stage` holds the host's own vocabulary ("Étude"),
 * which only the host can translate: `(stage, locale) => names[locale]?.[stage] ?? stage`.
 */
export type StageLabel = (stage: string, locale: Locale) => string;
