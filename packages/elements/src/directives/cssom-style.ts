import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`top`, `--dossier-x`), values as CSS text; `null`/`undefined` removes one. */
export type CssomStyleInfo = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), on the first render
 * too. Lit's `styleMap` writes a `style="…"` string on its first render (lit/lit#4719), which a
 * host's `Content-Security-Policy: style-src 'self'` blocks; CSSOM writes are never blocked.
 * Used as an element binding: `<div ${cssomStyle({ top: '56px' })}>`.
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() is an element binding: <div ${cssomStyle({...})}>');
  }

  render(_styles: CssomStyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CssomStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (styles[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Inline CSS properties set through the CSSOM, safe under a strict `style-src` (see {@link CssomStyleDirective}). */
export const cssomStyle: (styles: CssomStyleInfo) => DirectiveResult<typeof CssomStyleDirective> = directive(CssomStyleDirective);
