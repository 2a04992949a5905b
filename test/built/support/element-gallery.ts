import type { BuiltInLocale, DossierClient } from '@dossier/core';
import { deepElements } from './deep-elements.js';
import { seedHost, type HostLanguage, type SeededHost } from './seed-host.js';
import { settleElements } from './settle-elements.js';
import { failingClient, pendingClient } from './state-clients.js';
import { waitUntil } from './wait-until.js';

/** Every tag a host can place, with the attributes it needs to show a dossier. */
const TAGS = [
  'dossier-badge',
  'dossier-checklist',
  'dossier-drop-zone',
  'dossier-indexer',
  'dossier-tracker',
  'dossier-pieces-editor',
  'dossier-audit',
  'dossier-reminder',
] as const;

/** The gallery once every element is rendered and settled. */
export interface ElementGallery {
  readonly host: SeededHost;
  /** The section of each state: `no-client`, `loading`, `error`, `ready`, `open`. */
  readonly sections: ReadonlyMap<string, HTMLElement>;
}

/** Options of `mountGallery`. */
export interface GalleryOptions {
  /** UI locale set on every provider and element. */
  readonly locale: BuiltInLocale;
  /** Language of the host's data. Default: the UI locale. */
  readonly hostLanguage?: HostLanguage;
  /** Called with every element and provider right after it is created, before it is connected (e.g. to give a host's stage labels). */
  readonly configure?: (element: HTMLElement) => void;
}

const attributesOf = (tag: (typeof TAGS)[number], host: SeededHost | undefined, dossierId: string): Record<string, string> => {
  switch (tag) {
    case 'dossier-pieces-editor':
      return { 'risk-type-id': 'auto' };
    case 'dossier-audit':
      return {};
    case 'dossier-drop-zone':
      return { 'dossier-id': dossierId, ...(host ? { 'piece-id': host.pieces[1]!.id } : {}) };
    default:
      return { 'dossier-id': dossierId };
  }
};

function create(tag: string, attributes: Record<string, string>, options: GalleryOptions): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  options.configure?.(element);
  return element;
}

function section(root: HTMLElement, name: string): HTMLElement {
  const element = document.createElement('section');
  element.dataset['state'] = name;
  element.setAttribute('aria-label', name);
  root.append(element);
  return element;
}

/** Clicks the first element matching `selector` in `element`'s shadow root. */
function clickInside(element: Element | null | undefined, selector: string): void {
  const target = element?.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`${element?.localName ?? 'element'}: nothing matches ${selector}`);
  target.click();
}

/**
 * Renders every Dossier element in every state into `root`: without a client, loading, failing,
 * showing real data, and with what opens on demand opened (the badge's popover, the tracker's
 * indexer and waiver form, the pieces editor's new-piece form, options, renaming and removal
 * confirmation, the indexer's removal confirmation, the audit's reminder dialog, drop-zone rows
 * stored and refused and a file dragged over, refusals next to their fields, an empty audit). The elements must be defined
 * (by whatever the test imports) before this is called.
 */
export async function mountGallery(root: HTMLElement, options: GalleryOptions): Promise<ElementGallery> {
  // `@dossier/elements/define` registers the larger elements from chunks loaded right after it.
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  const host = await seedHost(options.hostLanguage ?? options.locale);
  const sections = new Map<string, HTMLElement>();
  const states: [string, DossierClient | undefined][] = [
    ['no-client', undefined],
    ['loading', pendingClient(options.locale)],
    ['error', failingClient(options.locale)],
  ];
  for (const [name, client] of states) {
    const place = section(root, name);
    sections.set(name, place);
    for (const tag of TAGS) {
      const element = create(tag, { ...attributesOf(tag, undefined, host.proposalId), locale: options.locale }, options);
      if (client) (element as HTMLElement & { client?: DossierClient }).client = client;
      place.append(element);
    }
  }

  // Real data through a provider, the usual way.
  for (const name of ['ready', 'open']) {
    const place = section(root, name);
    sections.set(name, place);
    const provider = document.createElement('dossier-provider') as HTMLElement & { client?: DossierClient };
    provider.client = host.client;
    provider.setAttribute('locale', options.locale);
    options.configure?.(provider);
    for (const tag of TAGS) {
      const dossierId = tag === 'dossier-reminder' ? host.contractId : host.proposalId;
      const element = create(tag, attributesOf(tag, host, dossierId), options);
      provider.append(element);
    }
    provider.append(create('dossier-tracker', { 'dossier-id': host.archivedId }, options));
    provider.append(create('dossier-badge', { 'dossier-id': host.archivedId }, options));
    provider.append(create('dossier-badge', { 'dossier-id': 'unknown-dossier' }, options));
    provider.append(create('dossier-audit', { 'risk-type-id': 'no-such-type' }, options));
    place.append(provider);
  }
  await settleElements(root);

  // What opens on demand.
  const open = sections.get('open')!;
  const one = <T extends HTMLElement>(tag: string) => open.querySelector<T>(tag)!;
  one<HTMLElement & { show(): void }>('dossier-badge').show();
  const tracker = one<HTMLElement & { openIndexer(): void }>('dossier-tracker');
  tracker.openIndexer();
  // A piece's documents listed.
  clickInside(tracker, '[data-action="documents"]');
  const editor = one('dossier-pieces-editor');
  await settleElements(open);
  clickInside(editor, '[part~="add-button"]');
  // One editing state per piece: options, removal confirmation, renaming.
  const editorButtons = (action: string) => [...editor.shadowRoot!.querySelectorAll<HTMLElement>(`[data-action="${action}"]`)];
  editorButtons('options')[0]!.click();
  editorButtons('remove')[1]!.click();
  editorButtons('rename')[2]!.click();
  const indexer = one('dossier-indexer');
  clickInside(indexer, '[data-action="remove"]');
  // Refusals shown next to their fields: an empty waiver reason, an invalid address.
  await settleElements(open);
  // The waiver form, from a piece's actions menu.
  clickInside(tracker, '[data-action="menu"]');
  await settleElements(open);
  clickInside(tracker, '[data-action="waive"]');
  await settleElements(open);
  clickInside(tracker, '[data-action="confirm-waive"]');
  const reminder = one<HTMLElement & { send(): Promise<unknown> }>('dossier-reminder');
  const to = reminder.shadowRoot!.querySelector<HTMLInputElement>('#to')!;
  to.value = 'not an address';
  to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await reminder.send();
  // A file dragged over a drop zone (its "release" prompt), and one with stored and refused rows.
  const dragged = tracker.shadowRoot!.querySelector('dossier-drop-zone')!.shadowRoot!.querySelector('[part~="zone"]')!;
  dragged.dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, dataTransfer: new DataTransfer() }));
  // And over a piece's line, which says it takes them.
  tracker
    .shadowRoot!.querySelector('[part~="piece"]')!
    .dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, dataTransfer: new DataTransfer() }));
  const zone = one<HTMLElement & { addFiles(files: File[]): Promise<unknown> }>('dossier-drop-zone');
  await zone.addFiles([
    new File([], 'empty.pdf', { type: 'application/pdf' }),
    new File(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n'], 'good.pdf', { type: 'application/pdf' }),
  ]);
  const audit = one('dossier-audit');
  await waitUntil(() => !!audit.shadowRoot?.querySelector('[part~="remind-button"]'), 'audit rows');
  clickInside(audit, '[part~="remind-button"]');
  await settleElements(root);
  await waitUntil(() => deepElements(audit.shadowRoot!).some((e) => e.localName === 'form'), 'the reminder form in the audit dialog');
  return { host, sections };
}
