import { deepElements } from './deep-elements.js';

/** What the tests read of a built Dossier element (they never import its class). */
interface DossierElementLike extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly renderCount: number;
}

const isDossierElement = (element: Element): element is DossierElementLike =>
  element.localName.startsWith('dossier-') && typeof (element as Partial<DossierElementLike>).renderCount === 'number';

/**
 * Resolves once every Dossier element under `root` (through shadow roots) has finished updating
 * and none rendered again for `quietMs`: data loaded, nested elements upgraded and rendered.
 */
export async function settleElements(root: ParentNode, { quietMs = 150, timeoutMs = 15_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let quietSince = Date.now();
  for (;;) {
    const elements = deepElements(root).filter(isDossierElement);
    await Promise.all(elements.map((element) => element.updateComplete));
    const signature = elements.map((element) => `${element.localName}:${element.renderCount}`).join(',');
    if (signature !== last) {
      last = signature;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
    if (Date.now() > deadline) throw new Error('Dossier elements did not settle');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
