/** One `--dossier-*` token read from the elements' styles (see design-tokens.mjs). */
export interface CollectedDesignToken {
  name: string;
  default: string | undefined;
  otherDefaults: string[];
  elements: string[];
  files: string[];
  shared: boolean;
  descriptions: { element: string; text: string }[];
  aliases: Record<string, string>;
}
export function collectDesignTokens(options?: { sourceDir?: string; manifestPath?: string }): CollectedDesignToken[];
