// `npm run check:packages`: what an integrator's legal and release reviewers read before the code,
// for every published packages/<dir> (walked, not listed): the package.json metadata, the LICENSE,
// a README with an install line and a checked example, a CHANGELOG with the current version, and
// sibling @dossier/* ranges that accept the siblings' versions. Each failure says how to fix it.
// The README examples themselves run in the consumer project (npm run test:consumer).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { readmeBlocks } from '../test/built/support/readme-blocks.mjs';
import { createCheckReport } from './check-report.mjs';
import { PACK_SCRIPTS, derivedMetadata, repositoryWebUrl, usesSourceCondition } from './package-metadata.mjs';
import { publishedPackages, repositoryRoot, rootManifest } from './workspace-packages.mjs';

const { report, finish } = createCheckReport();

const SYNC = 'npm run packages:sync';
/** How a package README's blocks are checked, by the consumer project (test/consumer/consumer.e2e.mjs). */
const README_CHECK_KINDS = new Set(['shell', 'tsc', 'run', 'browser']);

const root = rootManifest();
const rootLicense = readFileSync(join(repositoryRoot, 'LICENSE'), 'utf8');
const web = repositoryWebUrl(root);
const packages = publishedPackages();
const versions = new Map(packages.map((pkg) => [pkg.name, pkg.manifest.version]));

report('root: Apache-2.0 LICENSE and license field', [
  ...(root.license === 'Apache-2.0' ? [] : [`root package.json "license" is ${JSON.stringify(root.license)}, not "Apache-2.0"`]),
  ...(/^\s*Apache License\s+Version 2\.0, January 2004/.test(rootLicense) ? [] : ['LICENSE is not the Apache License 2.0 text']),
]);

for (const pkg of packages) {
  const { manifest } = pkg;
  const problems = [];
  const need = (ok, problem, fix) => {
    if (!ok) problems.push(`${problem} — fix: ${fix}`);
  };

  // Written by a person: what the registry page and a reviewer show.
  need(/^@dossier\/[a-z0-9-]+$/.test(pkg.name), `name ${pkg.name} is not @dossier/<name>`, `rename it in packages/${pkg.dir}/package.json`);
  need(
    typeof manifest.description === 'string' && manifest.description.length >= 20,
    'no "description" (20 characters at least)',
    `write one in packages/${pkg.dir}/package.json`,
  );
  need(
    Array.isArray(manifest.keywords) && manifest.keywords.length >= 3 && manifest.keywords.includes('dossier'),
    '"keywords" must list 3 or more, "dossier" among them',
    `add them in packages/${pkg.dir}/package.json`,
  );
  need(
    manifest.sideEffects === false || Array.isArray(manifest.sideEffects),
    '"sideEffects" must be false or the list of files that register something',
    `set it in packages/${pkg.dir}/package.json`,
  );
  const files = manifest.files;
  need(
    Array.isArray(files) && files.length > 0,
    '"files" must list what consumers need (dist, …)',
    `set it in packages/${pkg.dir}/package.json`,
  );
  for (const entry of Array.isArray(files) ? files : []) {
    need(
      !/^(\.\/)?(src|test|tests|stories)(\/|$)|tsconfig|\.test\./.test(entry),
      `"files" ships ${entry}, which consumers do not need`,
      `remove it from "files" in packages/${pkg.dir}/package.json`,
    );
  }
  need(
    Array.isArray(files) && files.includes('CHANGELOG.md'),
    '"files" does not list CHANGELOG.md (npm packs only README and LICENSE by itself)',
    SYNC,
  );
  need(semver.valid(manifest.version) !== null, `version ${manifest.version} is not semver`, 'let `npx changeset version` set it');

  // require(esm) on Node 20.19+ matches "default", never "import" (issue 10): every module export has both.
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    if (value && typeof value === 'object' && 'import' in value) {
      need(
        'default' in value,
        `exports["${subpath}"] has "import" but no "default": require() cannot load it`,
        `add "default": ${JSON.stringify(value.import)} after "import" in packages/${pkg.dir}/package.json`,
      );
    }
  }

  // Derived from the root package.json.
  for (const [field, expected] of Object.entries(derivedMetadata(pkg.dir, root))) {
    need(
      JSON.stringify(manifest[field]) === JSON.stringify(expected),
      `"${field}" is ${JSON.stringify(manifest[field])}, expected ${JSON.stringify(expected)}`,
      SYNC,
    );
  }
  if (usesSourceCondition(manifest.exports)) {
    for (const [script, command] of Object.entries(PACK_SCRIPTS)) {
      need(
        manifest.scripts?.[script] === command,
        `no "${script}": ${command} (the packed package.json would keep the dossier-source condition)`,
        SYNC,
      );
    }
  }
  // An interrupted `npm pack` leaves the stripped package.json (without the tests' source condition) and its backup.
  const packBackup = join(repositoryRoot, '.cache', 'pack-manifest', `${pkg.dir}.package.json`);
  need(
    !existsSync(packBackup),
    'package.json is still the packed one: an npm pack was interrupted',
    `(cd packages/${pkg.dir} && node ../../scripts/pack-manifest.mjs restore)`,
  );
  const licensePath = join(pkg.path, 'LICENSE');
  need(
    existsSync(licensePath) && readFileSync(licensePath, 'utf8') === rootLicense,
    'LICENSE is missing or differs from the root LICENSE',
    SYNC,
  );

  // Sibling ranges: a range that excludes the sibling's version would install an older one from the registry.
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (!versions.has(name)) continue;
      need(
        semver.satisfies(versions.get(name), range),
        `${field} ${name}@${range} excludes ${name} ${versions.get(name)}`,
        'let `npx changeset version` update internal dependencies, or widen the range',
      );
    }
  }

  // README: what it is, install, a working example checked by the consumer project, the links.
  const readmePath = join(pkg.path, 'README.md');
  if (!existsSync(readmePath)) {
    need(false, 'no README.md', `write packages/${pkg.dir}/README.md (copy the shape of packages/core/README.md)`);
  } else {
    const readme = readFileSync(readmePath, 'utf8');
    const blocks = readmeBlocks(readme);
    const fix = `edit packages/${pkg.dir}/README.md`;
    need(readme.startsWith(`# ${pkg.name}\n`), `README.md does not start with "# ${pkg.name}"`, fix);
    need(/^## Install$/m.test(readme), 'README.md has no "## Install" section', fix);
    need(
      blocks.some((block) => block.check?.kind === 'shell' && block.code.includes(`npm install ${pkg.name}`)),
      `README.md has no checked \`npm install ${pkg.name}\` block`,
      fix,
    );
    need(
      blocks.some((block) => block.check?.kind === 'run' || block.check?.kind === 'browser'),
      'README.md has no example that runs (<!-- readme-check: run --> or browser)',
      fix,
    );
    for (const block of blocks) {
      need(block.check !== null, `README.md:${block.line}: a \`\`\`${block.lang} block without a <!-- readme-check: … --> line`, fix);
      need(
        !block.check || README_CHECK_KINDS.has(block.check.kind),
        `README.md:${block.line}: unknown readme-check "${block.check?.kind}" (one of ${[...README_CHECK_KINDS].join(', ')})`,
        fix,
      );
    }
    need(readme.includes(`](${web}#readme)`), `README.md does not link to the root README (${web}#readme)`, fix);
    need(readme.includes(`](${web}#storybook)`), `README.md does not link to Storybook (${web}#storybook)`, fix);
  }

  // CHANGELOG: one heading per released version, the current one included.
  const changelogPath = join(pkg.path, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) {
    need(false, 'no CHANGELOG.md', SYNC);
  } else {
    const changelog = readFileSync(changelogPath, 'utf8');
    need(
      changelog.startsWith(`# ${pkg.name}\n`),
      `CHANGELOG.md does not start with "# ${pkg.name}"`,
      `edit packages/${pkg.dir}/CHANGELOG.md`,
    );
    need(
      changelog.includes(`\n## ${manifest.version}\n`),
      `CHANGELOG.md has no "## ${manifest.version}" entry`,
      'release through `npx changeset version`, which writes it',
    );
  }

  report(`${pkg.name}: metadata, LICENSE, README, CHANGELOG`, problems);
}

finish();
