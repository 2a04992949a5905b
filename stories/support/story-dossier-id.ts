/** The proposal id stories show unless they seed another one. */
export const STORY_DOSSIER_ID = 'P-2025-0142';
