// `npm run check:licenses`: every package a published @dossier/* package installs or asks the host
// for (dependencies, optional and peer dependencies, and everything they pull in) has a license
// compatible with shipping Dossier under Apache-2.0, read from the INSTALLED package.json files
// (not from a list kept by hand); and the root README's "Dependencies" table says the same as them.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createCheckReport } from './check-report.mjs';
import { publishedPackages, repositoryRoot } from './workspace-packages.mjs';

const { report, finish } = createCheckReport();

/**
 * Permissive licenses: they ask for attribution at most, so code under them may be combined with,
 * bundled into and shipped under Apache-2.0 (the ASF's "category A"). Copyleft ones (GPL, LGPL,
 * AGPL, MPL, EPL…) are not listed: a dependency under one needs a legal review first.
 */
const COMPATIBLE = new Set([
  'Apache-2.0',
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'Zlib',
  'Python-2.0',
  'PostgreSQL',
]);

/**
 * Packages whose license field is missing or not SPDX but whose license was read and found
 * compatible, with what was read. Empty today; add one only with that review's finding.
 * @type {Record<string, string>}
 */
const REVIEWED = {
  // combine-errors 3.0.3 (through tus-js-client): package.json has no license field; its Readme.md ends "## License\n\nMIT".
  'combine-errors': 'MIT',
};

/** The license of an installed package.json, as an SPDX expression (old `license: {type}` and `licenses: []` forms too). */
function licenseOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((entry) => entry.type ?? entry).join(' OR ');
  return 'UNKNOWN';
}

/** Whether an SPDX expression (`MIT`, `(MIT OR Apache-2.0)`, `A AND B`, `X WITH exception`) allows shipping under Apache-2.0. */
function compatible(expression) {
  const tokens = expression.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let index = 0;
  const atom = () => {
    const token = tokens[index++];
    if (token === '(') {
      const value = or();
      index += 1; // ')'
      return value;
    }
    if (tokens[index] === 'WITH') index += 2; // an exception only grants more
    return COMPATIBLE.has(token?.replace(/\+$/, ''));
  };
  const and = () => {
    let value = atom();
    while (tokens[index] === 'AND') {
      index += 1;
      value = atom() && value;
    }
    return value;
  };
  const or = () => {
    let value = and();
    while (tokens[index] === 'OR') {
      index += 1;
      value = and() || value;
    }
    return value;
  };
  return or();
}

/** The folder of `name` as Node resolves it from `fromDir` (node_modules up the tree), or null. */
function installedDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === dirname(dir)) return null;
  }
}

/** @type {Map<string, { name: string, version: string, license: string, via: string }>} every package reached, by folder */
const reached = new Map();
const missing = [];

/** Walks `manifest`'s runtime dependencies (not its devDependencies) from `dir`. */
function walk(manifest, dir, via, fields) {
  for (const field of fields) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (name.startsWith('@dossier/')) continue; // walked as a published package itself
      const depDir = installedDir(name, dir);
      if (!depDir) {
        // An optional peer or optional dependency not installed here is the host's choice.
        if (field === 'dependencies') missing.push(`${name} (needed by ${via}) is not installed: run npm ci`);
        continue;
      }
      if (reached.has(depDir)) continue;
      const depManifest = JSON.parse(readFileSync(join(depDir, 'package.json'), 'utf8'));
      reached.set(depDir, { name, version: depManifest.version, license: REVIEWED[name] ?? licenseOf(depManifest), via });
      walk(depManifest, depDir, `${via} → ${name}`, ['dependencies', 'optionalDependencies', 'peerDependencies']);
    }
  }
}

/** Direct dependencies per name: license and the packages that need them. */
const direct = new Map();
for (const pkg of publishedPackages()) {
  walk(pkg.manifest, pkg.path, pkg.name, ['dependencies', 'optionalDependencies', 'peerDependencies']);
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    for (const name of Object.keys(pkg.manifest[field] ?? {})) {
      if (name.startsWith('@dossier/')) continue;
      const depDir = installedDir(name, pkg.path);
      // An optional peer nobody installs here: the README states its license, unchecked (said below).
      const license = depDir ? reached.get(depDir).license : null;
      const entry = direct.get(name) ?? { license, neededBy: new Set() };
      entry.neededBy.add(pkg.name);
      direct.set(name, entry);
    }
  }
}

// `npm run check:licenses -- --list` prints every package reached, for a legal review.
if (process.argv.includes('--list')) {
  for (const dep of [...reached.values()].sort((a, b) => a.name.localeCompare(b.name)))
    console.log(`    ${dep.name}@${dep.version}  ${dep.license}  (via ${dep.via})`);
}
const incompatible = [...reached.values()].filter((dep) => !compatible(dep.license));
report(`every package installed with a published @dossier/* package (${reached.size}) has a license compatible with Apache-2.0`, [
  ...incompatible.map(
    (dep) =>
      `${dep.name}@${dep.version}: "${dep.license}" (via ${dep.via}) — fix: drop or replace that dependency, or after a legal review record its finding in REVIEWED in scripts/check-licenses.mjs`,
  ),
  ...missing,
]);

// The README's table: `| \`name\` … | license | \`@dossier/x\`, … |` rows under "## Dependencies".
const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const section = /^## Dependencies\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
const listed = new Map();
for (const [, first, license, neededBy] of section.matchAll(/^\|\s*`([^`]+)`[^|]*\|\s*([^|]+?)\s*\|([^|]*)\|\s*$/gm)) {
  listed.set(first, { license, neededBy: new Set([...neededBy.matchAll(/`([^`]+)`/g)].map((match) => match[1])) });
}
const tableProblems = [];
if (!section) tableProblems.push('README.md has no "## Dependencies" section');
for (const [name, { license, neededBy }] of direct) {
  const row = listed.get(name);
  const wanted = `| \`${name}\` | ${license ?? row?.license ?? '<its license>'} | ${[...neededBy].map((n) => `\`${n}\``).join(', ')} |`;
  if (!row) tableProblems.push(`no row for ${name}: add ${wanted}`);
  else if ((license !== null && row.license !== license) || [...neededBy].sort().join() !== [...row.neededBy].sort().join())
    tableProblems.push(`the row of ${name} should read ${wanted}`);
}
for (const name of listed.keys())
  if (!direct.has(name)) tableProblems.push(`${name} is listed but no published package depends on it: remove its row`);
report(
  `the README's "Dependencies" table lists every direct dependency with its installed license (${direct.size})`,
  tableProblems.map((problem) => `${problem} — fix: edit the "## Dependencies" table of README.md`),
);
const unchecked = [...direct].filter(([, { license }]) => license === null).map(([name]) => name);
if (unchecked.length)
  console.log(`      not installed here, so their license is the README's word, unchecked: ${unchecked.join(', ')} (optional peers)`);

finish();
