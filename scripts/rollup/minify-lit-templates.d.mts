import type { Plugin } from 'rollup';
import type { SourceMap } from 'magic-string';

/** The rollup plugin that minifies the static text of Lit's `css`, `html` and `svg` templates. */
export function minifyLitTemplates(options?: { include?: (id: string) => boolean }): Plugin;
/** Minifies the Lit templates of one JavaScript module; `null` when there is nothing to change. */
export function minifyLitTemplatesInModule(code: string, id?: string): { code: string; map: SourceMap } | null;
/** Minifies the raw texts of one template (the parts between its `${…}`); `null` when it must stay as it is. */
export function minifyTemplateStrings(raws: readonly string[], kind: 'css' | 'html'): string[] | null;
