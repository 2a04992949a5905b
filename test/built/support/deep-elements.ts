/** Every element under `root`, descending into open shadow roots, in document order. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode): void => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The element that has keyboard focus, looking through shadow roots (and same-origin iframes). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active?.localName === 'iframe' && (active as HTMLIFrameElement).contentDocument?.activeElement) {
      active = (active as HTMLIFrameElement).contentDocument!.activeElement;
    } else return active;
  }
}
