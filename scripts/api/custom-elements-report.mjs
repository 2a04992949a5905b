// The HTML API of the elements, read from custom-elements.json (npm run analyze): per tag, its
// attributes, public properties and methods, events, CSS parts, CSS custom properties and slots,
// with their types and defaults. Descriptions are left out: rewording a doc changes no contract.
// Everything is sorted by name, so only a change of the surface changes the report.

const byName = (a, b) => a.name.localeCompare(b.name);
const type = (entry) => entry.type?.text ?? 'unknown';
const defaultOf = (entry) => (entry.default === undefined ? '' : ` = ${entry.default}`);

/**
 * @param {{ modules: Array<{ declarations?: any[] }> }} manifest custom-elements.json, parsed
 * @param {string} packageName
 * @returns {string} the report, as markdown
 */
export function customElementsReport(manifest, packageName) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = [
    `## Custom elements of "${packageName}"`,
    '',
    '> Generated from custom-elements.json by scripts/api-report.mjs (`npm run api:update`): do not edit.',
    '',
  ];
  for (const element of elements) {
    const members = (element.members ?? []).filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
    );
    const section = (title, items) => {
      lines.push(`${title}:`);
      if (items.length === 0) lines.push('- (none)');
      for (const item of items) lines.push(`- ${item}`);
    };
    lines.push(`### <${element.tagName}> (${element.name})`, '');
    section(
      'attributes',
      [...(element.attributes ?? [])]
        .sort(byName)
        .map((a) => `${a.name}: ${type(a)}${defaultOf(a)}${a.fieldName ? ` → .${a.fieldName}` : ''}`),
    );
    section(
      'properties',
      members
        .filter((m) => m.kind === 'field')
        .sort(byName)
        .map((m) => `${m.name}: ${type(m)}${defaultOf(m)}${m.readonly ? ' (readonly)' : ''}${m.reflects ? ' (reflects)' : ''}`),
    );
    section(
      'methods',
      members
        .filter((m) => m.kind === 'method')
        .sort(byName)
        .map(
          (m) =>
            `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${type(p)}`).join(', ')}): ${m.return?.type?.text ?? 'void'}`,
        ),
    );
    section(
      'events',
      [...(element.events ?? [])]
        .filter((e) => e.name)
        .sort(byName)
        .map((e) => `${e.name}: ${type(e)}`),
    );
    section(
      'css parts',
      [...(element.cssParts ?? [])].sort(byName).map((p) => p.name),
    );
    section(
      'css properties',
      [...(element.cssProperties ?? [])].sort(byName).map((p) => `${p.name}${defaultOf(p)}`),
    );
    section(
      'slots',
      [...(element.slots ?? [])].sort(byName).map((s) => (s.name === '' ? '(default)' : s.name)),
    );
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
