import type { CSSResult } from 'lit';

/** One sheet per document and styles: a constructed sheet may only be adopted in the document that made it. */
const sheets = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

/**
 * Adds `styles` to the document or shadow root `element` sits in, once. For elements that render
 * into their own light DOM (no shadow root of their own, so that the labels, `aria-controls` and
 * `::part` names of the element around them keep working): their rules, scoped by their tag name,
 * must live where they are rendered, be it their parent's shadow root or a host page. Constructed
 * sheets, not `<style>`: a `Content-Security-Policy: style-src 'self'` allows them.
 */
export function adoptScopedStyles(element: Element, styles: CSSResult): void {
  const root = element.getRootNode();
  const document = element.ownerDocument;
  const view = document.defaultView;
  // A document or a shadow root (checked by shape: either may come from another frame than this module).
  if (!view || !('adoptedStyleSheets' in root)) return;
  const scope = root as unknown as DocumentOrShadowRoot;
  let byStyles = sheets.get(document);
  if (!byStyles) sheets.set(document, (byStyles = new Map()));
  let sheet = byStyles.get(styles);
  if (!sheet) {
    // Made with the element's own window: it may live in another frame than this module.
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    byStyles.set(styles, sheet);
  }
  if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
}
