import { ContextRoot } from '@lit/context';

/** Documents that already have their root. */
const rooted = new WeakSet<Document>();

/**
 * Gives `document` a `@lit/context` root, once: a request for the client that no provider answered
 * (the element was defined and connected before `<dossier-provider>` was) is kept there and asked
 * again when a provider appears, so the order in which a host defines and upgrades elements never
 * leaves one without its client.
 */
export function attachContextRoot(document: Document): void {
  if (rooted.has(document)) return;
  rooted.add(document);
  // ContextRoot only needs an event target that the composed requests bubble to; the document is the last one.
  new ContextRoot().attach(document as unknown as HTMLElement);
}
