/** Tags already reported as taken by another class: each is reported once per page. */
const reported = new Set<string>();

/** A class's name for people, whatever a minifier left of it. */
function nameOf(element: CustomElementConstructor): string {
  return element.name ? `class ${element.name}` : 'an anonymous class';
}

/**
 * Registers `element` under `tag` unless the tag is already defined. Never throws at import:
 *
 * - the same class, or a host's subclass of it, already there: nothing to do;
 * - another class there (a second copy of Dossier, a host's own element): one console warning per
 *   tag, naming both classes, and the existing definition stays;
 * - the class already registered under another name (a host's `customElements.define('crm-badge',
 *   DossierBadge)`): a subclass is registered, since the registry takes each constructor once.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    try {
      registry.define(tag, element);
    } catch {
      registry.define(tag, class extends element {});
    }
    return;
  }
  if (existing === element || existing.prototype instanceof element) return;
  if (reported.has(tag)) return;
  reported.add(tag);
  console.warn(
    `Dossier: <${tag}> is already defined by ${nameOf(existing)}, so ${nameOf(element)} was not registered and every <${tag}> ` +
      `(also inside other Dossier elements) stays ${nameOf(existing)}. Load one copy of @dossier/elements, or define your own element under another tag.`,
  );
}
