// `npm run test:consumer` (after `npm run build`): a host project outside this repository installs
// the packages as the registry would serve them, and uses them.
//
//   1. every published package (packages/*, walked) packed by `npm pack`;
//   2. test/consumer/project copied to a temporary folder, far from this repository's node_modules,
//      and `npm install` of the tarballs (never the workspace links: @dossier/* are pinned to the
//      tarballs through "overrides", so a sibling dependency cannot come from the registry either);
//   3. `tsc` (strict, skipLibCheck off) on the host page, on a type-only import of every typed entry
//      point, and on the packages' README examples;
//   4. esbuild bundles the page and the examples;
//   5. the README examples run: in Node (`run`) or in a Chromium page (`browser`), printing what
//      their `// →` comments say; the host page runs in Chromium: badge, tracker, a picked PDF,
//      the host's reaction to dossier-document-added, the badge count going down.
//
// Prints a line per step and `N passed, M failed, K skipped`; bounded in time (TOTAL_TIMEOUT_MS).
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import { build } from 'esbuild';
import { packPackages } from '../../scripts/pack-packages.mjs';
import { publishedPackages, repositoryRoot } from '../../scripts/workspace-packages.mjs';
import { launchChromium } from '../bench/chromium.mjs';
import { serveDirectory } from '../built/support/serve-directory.mjs';
import { waitUntil } from '../e2e/support/wait-until.mjs';
import { readmeSnippets } from './support/readme-snippets.mjs';

const STEP_TIMEOUT_MS = 180_000;
const TOTAL_TIMEOUT_MS = 8 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`\nConsumer project: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

/** A small valid PDF, as a person's file. */
const PDF = Buffer.from('%PDF-1.4\n% permis\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n');
/**
 * What the README examples need beside the packages, at the versions this repository tests with:
 * React 18 for @dossier/react (its React 19 hosts use the elements), msw for /mock, Node's types.
 */
const HOST_DEPENDENCIES = {
  react: readJson(join(repositoryRoot, 'examples/react-18/package.json')).dependencies.react,
  'react-dom': readJson(join(repositoryRoot, 'examples/react-18/package.json')).dependencies['react-dom'],
  '@types/react': readJson(join(repositoryRoot, 'examples/react-18/package.json')).devDependencies['@types/react'],
  '@types/react-dom': readJson(join(repositoryRoot, 'examples/react-18/package.json')).devDependencies['@types/react-dom'],
  msw: readJson(join(repositoryRoot, 'package.json')).devDependencies.msw,
  // PGlite's published types name Emscripten's without depending on them (its devDependency): a host
  // compiling with skipLibCheck off needs them (tsconfig "types"), as this project does. Said in packages/storage-postgres/README.md.
  '@types/emscripten': '^1.41.6',
  pg: readJson(join(repositoryRoot, 'packages/storage-postgres/package.json')).dependencies.pg,
  '@types/node': readJson(join(repositoryRoot, 'package.json')).devDependencies['@types/node'],
};

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Runs a command in the consumer project; throws with the end of its output when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed${result.signal ? ` (${result.signal})` : ''}:\n${output.split('\n').slice(-30).join('\n')}`,
    );
  return output;
}

/** Lines printed, in order, compared with the `// →` comments of a snippet. */
function expectPrinted(snippet, printed) {
  const missing = snippet.expected.filter((line, index) => printed[index] !== line);
  if (missing.length)
    throw new Error(`${snippet.where}: printed ${JSON.stringify(printed)}, its // → comments say ${JSON.stringify(snippet.expected)}`);
}

const work = mkdtempSync(join(tmpdir(), 'dossier-consumer-'));
const project = join(work, 'project');
const packages = publishedPackages();
const snippets = readmeSnippets(packages);
const results = { passed: 0, failed: 0, skipped: 0 };
let blocked = false;

/** Runs one step; after a failed step, the steps that need it are skipped. */
async function step(title, task, { needed = true } = {}) {
  if (blocked) {
    results.skipped += 1;
    console.log(`  - ${title} (skipped)`);
    return;
  }
  const started = Date.now();
  try {
    await task();
    results.passed += 1;
    console.log(`  ✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } catch (error) {
    results.failed += 1;
    if (needed) blocked = true;
    console.log(`  ✘ ${title}\n      ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n      ')}`);
  }
}

let packed = [];
let browser;
try {
  await step(`npm pack of ${packages.length} packages`, () => {
    packed = packPackages(join(work, 'tarballs'));
  });

  await step('npm install of the tarballs into a project outside the repository', () => {
    cpSync(join(repositoryRoot, 'test/consumer/project'), project, { recursive: true });
    const manifest = readJson(join(project, 'package.json'));
    const tarballs = Object.fromEntries(packed.map(({ pkg, tarball }) => [pkg.name, `file:${relative(project, tarball)}`]));
    manifest.dependencies = { ...tarballs, ...HOST_DEPENDENCIES };
    manifest.overrides = tarballs;
    writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], project);
    for (const { pkg } of packed) {
      const installed = join(project, 'node_modules', pkg.name);
      if (lstatSync(installed).isSymbolicLink()) throw new Error(`${pkg.name} is a link, not the tarball's copy`);
      const resolved = readJson(join(project, 'package-lock.json')).packages[`node_modules/${pkg.name}`]?.resolved ?? '';
      if (!resolved.startsWith('file:')) throw new Error(`${pkg.name} resolved to ${resolved || 'nothing'}, not its tarball`);
    }
  });

  // pdf.js is built into @dossier/elements (dist/pdf/pdfjs.js): a host installs neither it nor its optional native packages.
  await step('the install brings neither pdfjs-dist nor @napi-rs/canvas', () => {
    const locked = Object.keys(readJson(join(project, 'package-lock.json')).packages);
    const unwanted = locked.filter((path) => /(^|\/)node_modules\/(pdfjs-dist|@napi-rs\/[^/]+)$/.test(path));
    if (unwanted.length) throw new Error(`installed: ${unwanted.join(', ')}`);
  });

  await step('the README install lines name only packages the project installed', () => {
    const installed = new Set([...packed.map(({ pkg }) => pkg.name), ...Object.keys(HOST_DEPENDENCIES)]);
    const unknown = [];
    for (const snippet of snippets.filter((s) => s.kind === 'shell')) {
      for (const [, args] of snippet.code.matchAll(/npm install ([^#\n]*)/g)) {
        for (const name of args.split(/\s+/).filter((arg) => arg && !arg.startsWith('-')))
          if (!installed.has(name)) unknown.push(`${snippet.where}: ${name}`);
      }
    }
    if (unknown.length)
      throw new Error(`not installed by this test (add it to HOST_DEPENDENCIES if a host needs it): ${unknown.join(', ')}`);
  });

  // The README examples as files of the project: TypeScript ones type-checked, html pages bundled.
  const generated = join(project, 'src', 'generated');
  const code = (snippet) => `${snippet.assumes}\n${snippet.code}\nexport {};\n`;
  await step(
    `tsc (strict, skipLibCheck off): the page, every typed entry point, ${snippets.filter((s) => ['tsc', 'run', 'browser'].includes(s.kind) && s.lang !== 'html').length} README examples`,
    () => {
      mkdirSync(generated, { recursive: true });
      const entries = packed.flatMap(({ pkg }) =>
        Object.entries(pkg.manifest.exports ?? {})
          // Types only: the script-tag bundles and the YAML have none; the generated /frameworks/*
          // types are for each framework's own compiler, checked by test:built:examples.
          .filter(([subpath, value]) => typeof value === 'object' && value?.types && !subpath.includes('*'))
          .map(([subpath]) => `${pkg.name}${subpath.slice(1)}`),
      );
      writeFileSync(
        join(generated, 'entry-points.ts'),
        `${entries.map((specifier, index) => `import type * as entry${index} from '${specifier}';`).join('\n')}\nexport type EntryPoints = [${entries.map((_, index) => `typeof entry${index}`).join(', ')}];\n`,
      );
      for (const snippet of snippets.filter((s) => ['tsc', 'run', 'browser'].includes(s.kind))) {
        if (snippet.lang === 'html') {
          const script = /<script type="module">([\s\S]*?)<\/script>/.exec(snippet.code)?.[1];
          if (!script) throw new Error(`${snippet.where}: an html example without a <script type="module">`);
          writeFileSync(join(generated, `${snippet.id}.js`), script);
        } else {
          writeFileSync(join(generated, `${snippet.id}.${snippet.lang === 'tsx' ? 'tsx' : 'ts'}`), code(snippet));
        }
      }
      try {
        run(
          process.execPath,
          [join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
          project,
        );
      } catch (error) {
        // An example's line N is its README's line `block line + N - 1` (line 1 holds its assumptions).
        const byId = new Map(snippets.map((snippet) => [snippet.id, snippet]));
        throw new Error(
          String(error instanceof Error ? error.message : error).replace(
            /src\/generated\/([\w-]+)\.tsx?\((\d+),\d+\)/g,
            (whole, id, line) => {
              const snippet = byId.get(id);
              return snippet
                ? `${snippet.where.replace(/:\d+$/, '')}:${Number(snippet.where.split(':').at(-1)) + Number(line) - 1}`
                : whole;
            },
          ),
          { cause: error },
        );
      }
    },
  );

  const site = join(project, 'dist');
  const sourceOf = (snippet) => join(generated, `${snippet.id}.${snippet.lang === 'html' ? 'js' : snippet.lang === 'tsx' ? 'tsx' : 'ts'}`);
  await step('esbuild: the page, the browser examples and the Node examples', async () => {
    mkdirSync(site, { recursive: true });
    const common = {
      absWorkingDir: project,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
    };
    await build({ ...common, entryPoints: [join(project, 'src/main.ts')], outfile: join(site, 'main.js'), platform: 'browser' });
    cpSync(join(project, 'index.html'), join(site, 'index.html'));
    for (const snippet of snippets.filter((s) => s.kind === 'browser')) {
      // The page says when the example's module (top-level awaits included) has finished.
      const entry = join(generated, `${snippet.id}.page.js`);
      writeFileSync(entry, `import ${JSON.stringify(`./${relative(generated, sourceOf(snippet))}`)};\nwindow.readmeExampleDone = true;\n`);
      await build({ ...common, entryPoints: [entry], outfile: join(site, `${snippet.id}.js`), platform: 'browser' });
      const markup = snippet.lang === 'html' ? snippet.code.replace(/<script type="module">[\s\S]*?<\/script>/, '') : '';
      writeFileSync(
        join(site, `${snippet.id}.html`),
        `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>${snippet.where}</title></head>\n<body>\n${markup}\n<script type="module" src="./${snippet.id}.js"></script>\n</body></html>\n`,
      );
    }
    for (const snippet of snippets.filter((s) => s.kind === 'run')) {
      // Packages stay imports: Node resolves them in the project's node_modules, as a host's app does.
      await build({
        ...common,
        entryPoints: [sourceOf(snippet)],
        outfile: join(project, 'node-examples', `${snippet.id}.mjs`),
        platform: 'node',
        packages: 'external',
      });
    }
  });

  for (const snippet of snippets.filter((s) => s.kind === 'run')) {
    await step(
      `${snippet.where}: runs in Node${snippet.expected.length ? `, prints ${snippet.expected.join(' / ')}` : ''}`,
      () => {
        const output = run(process.execPath, [join(project, 'node-examples', `${snippet.id}.mjs`)], project);
        expectPrinted(snippet, output.split('\n').filter(Boolean));
      },
      { needed: false },
    );
  }

  if (!blocked) browser = await launchChromium();
  const server = blocked ? null : await serveDirectory(site);
  /** Opens a page of the site; returns it with what it printed and the errors it reported. */
  const open = async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const printed = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', async (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
      // As Node's console.log prints it, so that a README comment reads the same in both.
      else if (message.type() === 'log')
        printed.push(
          (await Promise.all(message.args().map((arg) => arg.jsonValue())))
            .map((value) => (typeof value === 'string' ? value : inspect(value)))
            .join(' '),
        );
    });
    await page.goto(`${server.url}/${path}`);
    return { page, printed, errors, close: () => context.close() };
  };
  /** Every Dossier element of the page rendered, with its client (the provider renders its children only). */
  const rendered = (page) =>
    page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter(
        (e) => e.localName.startsWith('dossier-') && e.localName !== 'dossier-provider',
      );
      await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
      return elements.map((e) => `${e.localName}: ${(e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
    });
  const wellRendered = (lines) =>
    lines.every((line) => !line.endsWith(': ') && !line.includes('Aucun client') && !line.includes('Chargement'));

  await step(
    'the host page in Chromium: badge, tracker, a picked PDF, the host’s reaction, the badge count down',
    async () => {
      const { page, errors, close } = await open('index.html');
      try {
        const count = page.locator('dossier-badge [part~=count]');
        await waitUntil(
          () => count.innerText(),
          (text) => text === '2',
          'the badge shows 2 pieces to collect',
        );
        const piece = page
          .locator('dossier-tracker li[part~=piece]')
          .filter({ has: page.locator('[part=piece-label]', { hasText: 'Permis de conduire' }) });
        const pickButton = piece.locator('[data-action=add]');
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pickButton.click()]);
        await chooser.setFiles({ name: 'permis.pdf', mimeType: 'application/pdf', buffer: PDF });
        await waitUntil(
          () => page.locator('[data-host=added]').innerText(),
          (text) => text === 'Document ajouté : permis.pdf (P-1)',
          'the host’s line for the added document',
        );
        await waitUntil(
          () => count.innerText(),
          (text) => text === '1',
          'the badge down to 1',
        );
        if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
      } finally {
        await close();
      }
    },
    { needed: false },
  );

  for (const snippet of snippets.filter((s) => s.kind === 'browser')) {
    await step(
      `${snippet.where}: runs in Chromium${snippet.expected.length ? `, prints ${snippet.expected.join(' / ')}` : ''}, its elements rendered`,
      async () => {
        const { page, printed, errors, close } = await open(`${snippet.id}.html`);
        try {
          await waitUntil(
            () => page.evaluate(() => window.readmeExampleDone === true).catch(() => false),
            (done) => done === true || errors.length > 0,
            'the example’s module finished',
          );
          if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
          await waitUntil(() => rendered(page), wellRendered, 'every Dossier element rendered with its client');
          expectPrinted(snippet, printed);
          if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
        } finally {
          await close();
        }
      },
      { needed: false },
    );
  }
  await server?.close();
} finally {
  await browser?.close().catch(() => undefined);
  if (process.env.DOSSIER_KEEP_CONSUMER) console.log(`  (kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed === 0 ? 0 : 1);
