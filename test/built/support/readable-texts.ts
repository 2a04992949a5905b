/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
];

/** Every text a person may read or hear in `root`, through shadow roots: text nodes, read attributes, form values. */
export function readableTexts(root: Node, where: string[] = []): { text: string; where: string }[] {
  const found: { text: string; where: string }[] = [];
  const visit = (node: Node, path: string[]) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent === 'style' || parent === 'script' || !node.textContent!.trim()) return;
      // The parent's whole text too: "Remove waiver<span> : Driving licence</span>" reads as one phrase.
      const phrase = node.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      found.push({ text: node.textContent!.trim(), where: path.join(' › ') }, { text: phrase, where: `${path.join(' › ')} (phrase)` });
      return;
    }
    if (node instanceof Element) {
      path = [...path, node.localName + (node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : '')];
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value?.trim()) found.push({ text: value, where: `${path.join(' › ')} @${name}` });
      }
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
        if (node.value.trim()) found.push({ text: node.value, where: `${path.join(' › ')} .value` });
      }
      if (node.shadowRoot) visit(node.shadowRoot, path);
    }
    for (const child of Array.from(node.childNodes)) visit(child, path);
  };
  visit(root, where);
  return found;
}
