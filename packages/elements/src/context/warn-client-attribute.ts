/** Warned once per page: the cause is the same for every element of a render. */
let warned = false;

/**
 * Says why an element has no client when a framework set it as an attribute: React 19 and Vue 3
 * set a property only when the element already has it, i.e. is defined; before that they write
 * `client="[object Object]"`, which no element can turn back into the client.
 */
export function warnClientAttribute(element: HTMLElement): void {
  const value = element.getAttribute('client');
  if (warned || value === null) return;
  warned = true;
  console.warn(
    `Dossier: <${element.localName}> has the attribute client="${value}": the page rendered it before the Dossier elements were defined, ` +
      'so the framework wrote the client as an attribute instead of setting the property. Import "@dossier/elements/define" (or the ' +
      'element\'s define entry point) before rendering, or set the property: in Vue `:client.prop="client"`, in React 18 the ' +
      '@dossier/react wrappers. Until then the element uses the client of its <dossier-provider>, if any.',
  );
}
