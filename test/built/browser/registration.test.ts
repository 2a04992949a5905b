import { expect } from '@open-wc/testing';
import { freshFrame, type FreshFrame } from '../support/fresh-frame.js';
import { seedHost } from '../support/seed-host.js';
import { settleElements } from '../support/settle-elements.js';
import { deepElements } from '../support/deep-elements.js';

const TAGS = [
  'dossier-provider',
  'dossier-badge',
  'dossier-checklist',
  'dossier-drop-zone',
  'dossier-indexer',
  'dossier-tracker',
  'dossier-pieces-editor',
  'dossier-audit',
  'dossier-reminder',
];

const definedIn = (frame: FreshFrame) => TAGS.filter((tag) => frame.window.customElements.get(tag) !== undefined);
/** Every tag defined: `define-on-demand` registers the badge family at once, the larger elements from chunks right after. */
const allDefined = (frame: FreshFrame) => Promise.all(TAGS.map((tag) => frame.window.customElements.whenDefined(tag)));

// Issue 10, defect 3: importing the root registered drop-zone, indexer and reminder (sibling
// define.js imports), so the README's `customElements.define('dossier-drop-zone', …)` threw; a
// badge defined alone had an empty popover, silently.
describe('registration (built packages)', () => {
  let frame: FreshFrame & { close(): void };

  beforeEach(async () => {
    frame = await freshFrame();
  });
  afterEach(() => frame.close());

  it('importing @dossier/elements registers nothing', async () => {
    const elements = await frame.load.root();
    expect(Object.keys(elements)).to.include.members(['DossierBadge', 'DossierDropZone', 'DossierProvider']);
    expect(definedIn(frame)).to.deep.equal([]);
  });

  it('lets a host define every tag itself, as the README says, without an error or a warning', async () => {
    const elements = await frame.load.root();
    const classes: Record<string, CustomElementConstructor> = {
      'dossier-drop-zone': elements.DossierDropZone,
      'dossier-provider': elements.DossierProvider,
      'dossier-badge': elements.DossierBadge,
      'dossier-checklist': elements.DossierChecklist,
      'dossier-indexer': elements.DossierIndexer,
      'dossier-tracker': elements.DossierTracker,
      'dossier-pieces-editor': elements.DossierPiecesEditor,
      'dossier-audit': elements.DossierAudit,
      'dossier-reminder': elements.DossierReminder,
    };
    for (const [tag, element] of Object.entries(classes)) frame.window.customElements.define(tag, element);
    expect(definedIn(frame)).to.have.members(TAGS);
    expect(frame.warnings).to.deep.equal([]);
  });

  it('a badge defined alone brings the checklist and drop zone its popover renders', async () => {
    const { DossierBadge } = await frame.load.root();
    frame.window.customElements.define('dossier-badge', DossierBadge);
    const host = await seedHost('fr', 1);
    const badge = frame.document.createElement('dossier-badge') as HTMLElement & { client?: unknown; show(): void };
    badge.setAttribute('dossier-id', host.proposalId);
    badge.client = host.client;
    frame.document.body.append(badge);
    await settleElements(frame.document.body);
    badge.show();
    await settleElements(frame.document.body);
    const checklist = badge.shadowRoot!.querySelector('dossier-checklist')!;
    expect(checklist.shadowRoot, 'the checklist is upgraded').to.not.equal(null);
    expect(checklist.shadowRoot!.textContent).to.contain('Carte grise');
    expect(deepElements(badge.shadowRoot!).some((e) => e.localName === 'dossier-drop-zone' && e.shadowRoot)).to.equal(true);
    expect(definedIn(frame)).to.have.members(['dossier-badge', 'dossier-checklist', 'dossier-drop-zone']);
    expect(frame.warnings).to.deep.equal([]);
  });

  it('@dossier/elements/define/badge registers the badge and what it renders, nothing else', async () => {
    await frame.load.defineBadge();
    expect(definedIn(frame)).to.have.members(['dossier-badge', 'dossier-checklist', 'dossier-drop-zone']);
    await frame.load.defineTracker();
    expect(definedIn(frame)).to.have.members([
      'dossier-badge',
      'dossier-checklist',
      'dossier-drop-zone',
      'dossier-tracker',
      'dossier-indexer',
    ]);
    await frame.load.define();
    await allDefined(frame);
    expect(definedIn(frame)).to.have.members(TAGS);
    expect(frame.warnings).to.deep.equal([]);
  });

  it('@dossier/elements/define registers every tag once it has run', async () => {
    await frame.load.define();
    expect(definedIn(frame)).to.have.members(TAGS);
    expect(frame.warnings).to.deep.equal([]);
  });

  it('@dossier/elements/define-on-demand registers the provider and the badge family at once, the larger elements right after', async () => {
    await frame.load.defineOnDemand();
    expect(definedIn(frame)).to.include.members(['dossier-provider', 'dossier-badge', 'dossier-checklist', 'dossier-drop-zone']);
    await allDefined(frame);
    expect(definedIn(frame)).to.have.members(TAGS);
    expect(frame.warnings).to.deep.equal([]);
  });

  it('a tag a host already defined with its own class: one clear warning naming both, never a throw', async () => {
    class CrmDropZone extends frame.window.HTMLElement {}
    frame.window.customElements.define('dossier-drop-zone', CrmDropZone);
    await frame.load.define();
    await allDefined(frame);
    expect(definedIn(frame)).to.have.members(TAGS);
    expect(frame.window.customElements.get('dossier-drop-zone')).to.equal(CrmDropZone);
    expect(frame.warnings).to.have.length(1);
    expect(frame.warnings[0]).to.contain('<dossier-drop-zone>').and.contain('CrmDropZone').and.contain('DossierDropZone');
    // Elements that render a drop zone, created again and again, do not repeat it.
    const { DossierChecklist } = await frame.load.root();
    for (let i = 0; i < 3; i += 1) frame.document.body.append(new DossierChecklist());
    (DossierChecklist as unknown as { define(tag: string): void }).define('dossier-checklist');
    expect(frame.warnings).to.have.length(1);
  });

  it('a host subclass registered under the tag is accepted silently', async () => {
    const { DossierDropZone } = await frame.load.root();
    class CrmDropZone extends DossierDropZone {}
    frame.window.customElements.define('dossier-drop-zone', CrmDropZone);
    await frame.load.define();
    expect(frame.warnings).to.deep.equal([]);
  });
});
