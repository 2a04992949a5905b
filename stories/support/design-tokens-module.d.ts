// The module .storybook/main.ts generates at build time from the elements' styles (scripts/design-tokens.mjs).
declare module 'virtual:dossier-design-tokens' {
  /** One `--dossier-*` custom property the elements' styles read. */
  export interface DesignToken {
    readonly name: string;
    /** Its default where the shared styles (or else the first style) read it. */
    readonly default: string | undefined;
    /** Other defaults other styles give it (an inconsistency worth fixing). */
    readonly otherDefaults: readonly string[];
    readonly elements: readonly string[];
    readonly files: readonly string[];
    /** Read by the shared styles, hence by every element. */
    readonly shared: boolean;
    readonly descriptions: readonly { readonly element: string; readonly text: string }[];
    /** The elements' private names (`--_danger`) → what they stand for (`var(--dossier-danger, #b42318)`). */
    readonly aliases: Readonly<Record<string, string>>;
  }
  const tokens: readonly DesignToken[];
  export default tokens;
}
