// Configuration of `npm run analyze`: @custom-elements-manifest/analyzer, run from packages/elements,
// writes packages/elements/custom-elements.json from the elements' JSDoc (Storybook's docs pages read it).
//
// The define.ts files are analysed so each class gets its tag name, the base class so inherited
// properties (client, locale) are listed; events come from each class's @fires tags. The plugin
// below then keeps only the public API: hosts and designers should not see private state in the docs.

/** Drops what is not public API and what the analyzer misreads in our sources; orders the modules. */
function publicApiOnly() {
  const isPublic = (item) => item.privacy !== 'private' && item.privacy !== 'protected' && !item.name?.startsWith('#');
  return {
    name: 'dossier-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The file globs are read in no fixed order; sort so the committed manifest changes only when the API does.
      customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules ?? []) {
        const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
        // A local `const` inside a method sometimes comes out as a module-level variable; only exported declarations are API.
        module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        for (const declaration of module.declarations) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
          // `emit(name, …)` in the base class reads as an event called "name": every real event is a documented `dossier-*` one.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('dossier-'));
          // `@summary` swallows the paragraphs after it: keep its first paragraph as the summary, the whole text as the description.
          if (declaration.summary && !declaration.description) {
            declaration.description = declaration.summary;
            declaration.summary = declaration.summary
              .split(/\n\s*\n/)[0]
              .replace(/\s+/g, ' ')
              .trim();
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/*/define.ts', 'src/base/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
