import { expect } from '@open-wc/testing';
import type { ElementViewModule } from '../src/base/lazy-view.js';
import '../src/define.js';

/** Every element that renders through a view loaded on its first update, with its view module. */
const VIEWS: Record<string, () => Promise<ElementViewModule>> = {
  'dossier-audit': () => import('../src/components/audit/dossier-audit.view.js'),
  'dossier-checklist': () => import('../src/components/checklist/dossier-checklist.view.js'),
  'dossier-drop-zone': () => import('../src/components/drop-zone/dossier-drop-zone.view.js'),
  'dossier-indexer': () => import('../src/components/indexer/dossier-indexer.view.js'),
  'dossier-new-piece-form': () => import('../src/components/new-piece-form/dossier-new-piece-form.view.js'),
  'dossier-piece-options': () => import('../src/components/piece-options/dossier-piece-options.view.js'),
  'dossier-pieces-editor': () => import('../src/components/pieces-editor/dossier-pieces-editor.view.js'),
  'dossier-portal': () => import('../src/components/portal/dossier-portal.view.js'),
  'dossier-reminder': () => import('../src/components/reminder/dossier-reminder.view.js'),
  'dossier-risk-type-list': () => import('../src/components/risk-type-list/dossier-risk-type-list.view.js'),
  'dossier-tracker': () => import('../src/components/tracker/dossier-tracker.view.js'),
};

interface ManifestMember {
  readonly name: string;
  readonly kind: string;
  readonly static?: boolean;
}

/** The public members of each tag, as `custom-elements.json` documents them. */
async function publicMembers(): Promise<Map<string, ManifestMember[]>> {
  const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; members?: ManifestMember[] }[] }[];
  };
  const members = new Map<string, ManifestMember[]>();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName) members.set(declaration.tagName, declaration.members ?? []);
  return members;
}

// The view of an element comes on its first update; its documented API must not wait for it. A
// public method or property defined only by the view would be missing until then (a host calling
// `tracker.openIndexer()` right after creating it), and the view's loader cannot see that.
describe('element views: the documented API is on the element, never only in its view', () => {
  it('every view’s own members are none of its element’s public ones, and every public member is there before the view loads', async () => {
    const documented = await publicMembers();
    for (const [tag, load] of Object.entries(VIEWS)) {
      const element = customElements.get(tag);
      expect(element, tag).to.not.equal(undefined);
      const members = documented.get(tag);
      expect(members, `${tag} in custom-elements.json`).to.not.equal(undefined);
      const viewClass = (await load()).view(element as never);
      expect(Object.getPrototypeOf(viewClass.prototype), `${tag}: its view extends it`).to.equal(element!.prototype);
      const viewOwn = new Set(Reflect.ownKeys(viewClass.prototype).filter((key) => key !== 'constructor' && key !== 'render'));
      for (const member of members!.filter((candidate) => !candidate.static)) {
        expect(viewOwn.has(member.name), `${tag}.${member.name} is defined by the view only`).to.equal(false);
        // Fields are set on instances (a class field, a reactive property's accessor on the prototype);
        // methods and accessors must be on the element's prototype chain already.
        if (member.kind === 'method') expect(member.name in element!.prototype, `${tag}.${member.name}() before the view`).to.equal(true);
      }
    }
  });
});
