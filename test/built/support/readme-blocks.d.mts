/** How a README block is checked, from its `<!-- readme-check: … -->` marker. */
export interface ReadmeCheck {
  readonly kind: string;
  readonly detail: string;
  readonly assumes: string;
}
/** One fenced block of the README. */
export interface ReadmeBlock {
  readonly index: number;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  readonly check: ReadmeCheck | null;
}
/** Languages that are code, hence need a marker. */
export declare const CODE_LANGUAGES: ReadonlySet<string>;
/** Every fenced block of `markdown`, with its language, line and marker. */
export declare function readmeBlocks(markdown: string): ReadmeBlock[];
