// The public API of every published package (packages/*, walked), as committed reports under
// packages/<dir>/api/, so that a change of the surface is a reviewed diff, never an accident:
//
//   <entry>.api.md             the TypeScript API of each typed export, from the built dist/*.d.ts
//                              (scripts/api/typescript-api-report.mjs, API Extractor)
//   custom-elements.api.md     per tag: attributes, properties, methods, events, CSS parts, CSS
//                              properties, slots (packages with a "customElements" manifest)
//   openapi.baseline.yaml      the OpenAPI contract as last recorded (packages with openapi.yaml):
//                              a breaking change fails unless info.version moves its major (its
//                              minor while 0.x), any other change unless info.version moves
//
//   npm run check:api     compares (npm test runs it after the build)
//   npm run api:update    builds, then rewrites the reports: run it after an intended change, or
//                         after a merge brought a package, and commit the reports with the change
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { customElementsReport } from './api/custom-elements-report.mjs';
import { openapiChanges, structure } from './api/openapi-changes.mjs';
import { typescriptApiReports } from './api/typescript-api-report.mjs';
import { createCheckReport } from './check-report.mjs';
import { publishedPackages, repositoryRoot } from './workspace-packages.mjs';

const { report, finish } = createCheckReport();

const UPDATE = 'npm run api:update';
const update = process.argv.includes('--update');

/** `diff -u` of the committed report and the one made now, cut to a readable length. */
function unifiedDiff(committedPath, expected) {
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-api-diff-'));
  try {
    const made = join(scratch, 'now');
    writeFileSync(made, expected);
    const from = existsSync(committedPath) ? committedPath : '/dev/null';
    const result = spawnSync(
      'diff',
      ['-u', '--label', `committed ${relative(repositoryRoot, committedPath)}`, '--label', 'built now', from, made],
      { encoding: 'utf8' },
    );
    const lines = result.stdout.trimEnd().split('\n');
    return lines.length > 60 ? [...lines.slice(0, 60), `… ${lines.length - 60} more lines`].join('\n') : lines.join('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The OpenAPI guard of one contract against its baseline; returns the problems (empty: the
 * baseline may be rewritten to the contract).
 */
function openapiProblems(contractText, baselineText, where) {
  if (baselineText === null) return [];
  const baseline = parse(baselineText);
  const current = parse(contractText);
  const from = String(baseline.info?.version);
  const to = String(current.info?.version);
  if (!semver.valid(to)) return [`${where}: info.version "${to}" is not semver`];
  if (semver.valid(from) && semver.lt(to, from)) return [`${where}: info.version went back from ${from} to ${to}`];
  const { breaking, changed } = openapiChanges(baseline, current);
  const structural = JSON.stringify(structure(baseline)) !== JSON.stringify(structure(current));
  // The major as npm's caret reads it: ^0.2.0 excludes 0.3.0, ^1.2.0 excludes 2.0.0.
  const majorMoved = semver.valid(from) && semver.gt(to, from) && !semver.satisfies(to, `^${from}`);
  const problems = [];
  if (breaking.length && !majorMoved) {
    problems.push(
      `${where}: breaking change${breaking.length > 1 ? 's' : ''} while info.version ${from === to ? `stays ${to}` : `moves ${from} → ${to}`}: move its major (its minor while 0.x: ${semver.major(from) === 0 ? `${semver.major(from)}.${semver.minor(from) + 1}.0` : `${semver.major(from) + 1}.0.0`}), or keep the contract compatible`,
    );
    for (const line of breaking) problems.push(`  breaking: ${line}`);
  } else if (structural && from === to) {
    problems.push(`${where}: the contract changed but info.version stays ${to}: move it (the minor for additions; the patch while 0.x)`);
  }
  if (problems.length) for (const line of changed) problems.push(`  changed: ${line}`);
  return problems;
}

for (const pkg of publishedPackages()) {
  const apiDir = join(pkg.path, 'api');
  /** @type {Map<string, string>} report file name → what it must contain now */
  const expected = new Map();
  const problems = [];
  try {
    for (const [name, text] of typescriptApiReports(pkg)) expected.set(name, text);
  } catch (error) {
    report(`${pkg.name}: API reports`, [error instanceof Error ? error.message : String(error)]);
    continue;
  }
  if (pkg.manifest.customElements) {
    const manifestPath = join(pkg.path, pkg.manifest.customElements);
    expected.set('custom-elements.api.md', customElementsReport(JSON.parse(readFileSync(manifestPath, 'utf8')), pkg.name));
  }

  let openapi = null;
  if (existsSync(join(pkg.path, 'openapi.yaml'))) {
    const contract = readFileSync(join(pkg.path, 'openapi.yaml'), 'utf8');
    const baselinePath = join(apiDir, 'openapi.baseline.yaml');
    const baseline = existsSync(baselinePath) ? readFileSync(baselinePath, 'utf8') : null;
    openapi = { contract, baseline, problems: openapiProblems(contract, baseline, `packages/${pkg.dir}/openapi.yaml`) };
  }

  const committed = existsSync(apiDir) ? readdirSync(apiDir).filter((file) => file !== 'openapi.baseline.yaml') : [];
  if (update) {
    mkdirSync(apiDir, { recursive: true });
    const written = [];
    for (const [name, text] of expected) {
      const path = join(apiDir, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        writeFileSync(path, text);
        written.push(name);
      }
    }
    for (const name of committed) {
      if (!expected.has(name)) {
        rmSync(join(apiDir, name));
        written.push(`${name} (removed)`);
      }
    }
    if (openapi) {
      // The baseline never records a breaking change that kept its major: the guard is no bypass.
      if (openapi.problems.length)
        problems.push('api/openapi.baseline.yaml not updated: the guard records no change it refuses', ...openapi.problems);
      else if (openapi.baseline !== openapi.contract) {
        writeFileSync(join(apiDir, 'openapi.baseline.yaml'), openapi.contract);
        written.push('openapi.baseline.yaml');
      }
    }
    report(`${pkg.name}: ${written.length ? `wrote ${written.join(', ')}` : 'API reports up to date'}`, problems);
    continue;
  }

  const diffs = [];
  for (const [name, text] of expected) {
    const path = join(apiDir, name);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (before === text) continue;
    problems.push(before === null ? `api/${name} is not committed` : `api/${name} differs from the API built now`);
    diffs.push(unifiedDiff(path, text));
  }
  for (const name of committed) if (!expected.has(name)) problems.push(`api/${name} reports an entry point that no longer exists`);
  if (openapi) {
    problems.push(...openapi.problems);
    if (openapi.baseline === null) problems.push('api/openapi.baseline.yaml is not committed');
    else if (
      openapi.problems.length === 0 &&
      JSON.stringify(structure(parse(openapi.baseline))) !== JSON.stringify(structure(parse(openapi.contract)))
    ) {
      problems.push(
        `openapi.yaml changed since api/openapi.baseline.yaml was recorded (info.version ${parse(openapi.baseline).info.version} → ${parse(openapi.contract).info.version})`,
      );
    }
  }
  if (openapi?.problems.length)
    problems.push(`fix: move info.version as said, then ${UPDATE} and commit the baseline with the change; or undo the change`);
  else if (problems.length) problems.push(`fix: if the change is intended, ${UPDATE} and commit the reports with it; otherwise undo it`);
  const typescriptCount = [...expected.keys()].filter((name) => name !== 'custom-elements.api.md').length;
  const what = [
    `${typescriptCount} TypeScript entry point${typescriptCount === 1 ? '' : 's'}`,
    ...(expected.has('custom-elements.api.md') ? ['custom elements'] : []),
    ...(openapi ? ['OpenAPI contract'] : []),
  ];
  report(`${pkg.name}: ${what.join(', ')} as committed in packages/${pkg.dir}/api/`, problems, diffs.join('\n'));
}

finish();
