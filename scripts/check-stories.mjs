// `npm run test:stories`: builds Storybook, opens every story (and every docs page) in headless
// Chromium, and fails on any console error, uncaught exception, Storybook error display,
// empty render, alert dialog, or a hostile `<img src=x>` that made it into the DOM.
//
//   node scripts/check-stories.mjs                 build, then check everything
//   node scripts/check-stories.mjs --no-build      check the existing storybook-static/
//   node scripts/check-stories.mjs badge tracker   only entries whose id contains one of these words
//   STORY_CONCURRENCY=2 node scripts/check-stories.mjs
//
// Prints a line per story and ends with `N passed, M failed`.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { launchChromium } from '../test/bench/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const filters = args.filter((arg) => !arg.startsWith('--'));
const concurrency = Number(process.env.STORY_CONCURRENCY) || 3;
/** Longest a story may take to render and settle. */
const STORY_TIMEOUT_MS = 20_000;
/** The whole check gives up after this long (a hung browser must not hang `npm test`). */
const TOTAL_TIMEOUT_MS = 6 * 60_000;
/** How long the elements must stay unchanged (no pending update, same count) before a story counts as settled. */
const SETTLE_MS = 250;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Runs `command` quietly; prints its output only when it fails. */
function runQuiet(command, commandArgs) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Serves storybook-static on 127.0.0.1, on a free port. */
function serve(dir) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    // Chromium asks for it on every origin; Storybook ships an SVG icon only.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // An empty page of the origin, to register msw's service worker before any story (see prepareContext).
    if (path === '/__blank.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title>');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * In the page: waits until every Lit element (through shadow roots) has no pending update and
 * the count of elements stayed the same for `quietMs`.
 */
async function settleElements(quietMs) {
  const all = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  let last = -1;
  for (let round = 0; round < 40; round += 1) {
    const elements = all();
    await Promise.all(elements.filter((el) => el.updateComplete instanceof Promise).map((el) => el.updateComplete.catch(() => {})));
    const pending = elements.some((el) => el.isUpdatePending === true);
    if (!pending && elements.length === last) return;
    last = elements.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** In the page: `<img>`s whose source is the hostile string's `x`, anywhere in the DOM. */
function hostileImages() {
  let count = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') count += 1;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return count;
}

/**
 * In the page, for a story of a component: the problems of its attribute controls. Every attribute
 * of the manifest must have a control (not "-"), selects their options; with `exercise`, each
 * control is set once through Storybook's channel, as a person would in the panel, and must reach
 * the element's attribute.
 */
async function attributeControlProblems({ id, exercise }) {
  const store = window.__STORYBOOK_PREVIEW__?.storyStoreValue;
  if (!store) return ['no Storybook preview store'];
  const story = await store.loadStory({ storyId: id });
  const tag = typeof story.component === 'string' ? story.component : undefined;
  if (!tag) return [];
  const problems = [];
  // Attributes the element reflects for host styling ("Reflects whether…") are outputs: no control to test.
  const attributes = Object.entries(story.argTypes).filter(
    ([, argType]) => argType.table?.category === 'attributes' && !/^Reflects\b/.test(String(argType.description ?? '')),
  );
  for (const [name, argType] of attributes) {
    const control = typeof argType.control === 'string' ? { type: argType.control } : argType.control;
    if (!control || control.disable || !control.type)
      problems.push(`attribute ${name} (${argType.table?.type?.summary ?? '?'}) has no control`);
    else if (['select', 'radio', 'inline-radio'].includes(control.type) && !(argType.options?.length > 0))
      problems.push(`attribute ${name}: a ${control.type} without options`);
  }
  if (!exercise || problems.length > 0) return problems;
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const element = () => document.querySelector(`#storybook-root ${tag}`);
  if (!element()) return problems;
  for (const [name, argType] of attributes) {
    const control = typeof argType.control === 'string' ? argType.control : argType.control.type;
    const current = element()?.getAttribute(name);
    const value =
      control === 'boolean'
        ? !element()?.hasAttribute(name)
        : control === 'number'
          ? Number(current ?? 0) + 7
          : argType.options
            ? (argType.options.find((option) => String(option) !== current) ?? argType.options[0])
            : `${current ?? ''}-x`;
    channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [name]: value } });
    const expected = (el) => (typeof value === 'boolean' ? el.hasAttribute(name) === value : el.getAttribute(name) === String(value));
    let ok = false;
    for (let i = 0; i < 80 && !ok; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      ok = element() !== null && expected(element());
    }
    if (!ok) problems.push(`setting the ${name} control to ${JSON.stringify(value)} did not reach <${tag}>`);
  }
  channel.emit('resetStoryArgs', { storyId: id });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return problems;
}

/**
 * Runs in every page before Storybook: records the preview channel's render events in
 * `window.__storyEvents`, so none is missed however early it fires.
 */
function recordStoryEvents() {
  const watched = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
  window.__storyEvents = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const type of watched) {
        value.on(type, (...args) => {
          const [first] = args;
          const detail = typeof first === 'string' ? first : (first?.message ?? first?.title ?? JSON.stringify(first ?? null));
          window.__storyEvents.push({ type, detail: String(detail) });
        });
      }
    },
  });
}

/**
 * In the page: shows `id` through the preview channel and waits for its render event. A docs
 * page also waits for each of its stories (`storyIds`) to render: leaving a docs page while one of
 * its stories still loads makes Storybook reload the whole preview.
 */
async function showEntry({ id, viewMode, navigate, timeoutMs, storyIds }) {
  const events = window.__storyEvents;
  const from = navigate ? events.length : 0;
  if (navigate) window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode });
  const failure = (event) => !['storyRendered', 'docsRendered'].includes(event.type);
  const rendered = (renderedId) => events.slice(from).some((event) => !failure(event) && event.detail === renderedId);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failed = events.slice(from).find(failure);
    if (failed) return failed;
    if (rendered(id) && storyIds.every(rendered)) return { type: viewMode === 'docs' ? 'docsRendered' : 'storyRendered', detail: id };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const waiting = [id, ...storyIds].filter((waitedId) => !rendered(waitedId));
  return { type: 'timeout', detail: `no render event within ${timeoutMs / 1000}s for ${waiting.join(', ')}` };
}

/**
 * Registers msw's service worker in `context` before any story opens. msw reloads a page that
 * starts it while not yet controlled by an already registered worker; with every page of the
 * context controlled from its first load, no story page is ever reloaded under the checker.
 */
async function prepareContext(context, baseUrl) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/__blank.html`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/mockServiceWorker.js');
      await navigator.serviceWorker.ready;
    });
  } finally {
    await page.close();
  }
}

/** `promise`, or a rejection after `ms`. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A page that shows entries one after the other through Storybook's channel (loading the
 * preview bundle once per page, not once per story). A failed entry closes the page, so the
 * next one starts clean.
 */
function createStoryPage(context, baseUrl) {
  let page;
  let problems = [];
  let loaded = false;
  const open = async () => {
    loaded = false;
    page = await context.newPage();
    // Entries after the first are shown through the channel: another load of the page means it reloaded.
    page.on('load', () => {
      if (loaded) problems.push('the page reloaded during the story');
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      problems.push(`console error: ${message.text()}${where && message.text().startsWith('Failed to load') ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
  };
  const attempt = async (entry) => {
    problems = [];
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const fresh = !page;
    try {
      if (fresh) {
        await open();
        await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { timeout: STORY_TIMEOUT_MS });
      }
      const event = await page.evaluate(showEntry, {
        id: entry.id,
        viewMode,
        navigate: !fresh,
        timeoutMs: STORY_TIMEOUT_MS,
        storyIds: entry.storyIds ?? [],
      });
      if (event.type !== 'storyRendered' && event.type !== 'docsRendered') {
        const message = await page
          .locator('#error-message')
          .innerText({ timeout: 500 })
          .catch(() => '');
        problems.push(`${event.type}: ${event.detail}${message ? ` — ${message.trim().split('\n')[0]}` : ''}`);
      } else {
        const rootSelector = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
        await page.waitForFunction((selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0, rootSelector, {
          timeout: STORY_TIMEOUT_MS,
        });
        await page.evaluate(settleElements, SETTLE_MS);
        if (viewMode === 'story') {
          // Inside the preview's decorator (theme wrapper and provider), the story itself must have put something.
          const empty = await page.evaluate(() => {
            const root = document.querySelector('#storybook-root');
            const content = root?.querySelector('.dossier-story > dossier-provider') ?? root;
            return !content || content.childElementCount === 0;
          });
          if (empty) problems.push('the story rendered nothing');
        }
        if (viewMode === 'story')
          problems.push(...(await page.evaluate(attributeControlProblems, { id: entry.id, exercise: entry.exerciseControls === true })));
        const images = await page.evaluate(hostileImages);
        if (images > 0) problems.push(`${images} hostile <img src="x"> in the DOM`);
        if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
          const message = await page
            .locator('#error-message')
            .innerText()
            .catch(() => '');
          problems.push(`Storybook error display: ${message.trim().split('\n')[0]}`);
        }
      }
    } catch (error) {
      problems.push(`did not render: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    return [...new Set(problems)];
  };
  const close = async () => {
    const closing = page;
    page = undefined;
    await within(closing?.close() ?? Promise.resolve(), 5_000, 'closing the page').catch(() => {});
  };
  return {
    /** Shows one entry and returns the problems seen (empty: passed). */
    async check(entry) {
      const seen = await within(attempt(entry), STORY_TIMEOUT_MS + 10_000, 'the story').catch((error) => [error.message]);
      if (seen.length > 0) await close();
      return seen;
    },
    close,
  };
}

const started = Date.now();
setTimeout(() => {
  console.log(`check-stories: gave up after ${TOTAL_TIMEOUT_MS / 60_000} minutes`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}, TOTAL_TIMEOUT_MS).unref();
if (build) {
  const analyze = await runQuiet('npm', ['run', '--silent', 'analyze']);
  if (!analyze.ok) {
    console.log(analyze.output);
    console.log('custom-elements manifest: analyze failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const built = await runQuiet(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', staticDir]);
  if (!built.ok) {
    console.log(built.output);
    console.log('storybook build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`Storybook built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => filters.length === 0 || filters.some((word) => entry.id.includes(word)))
  .sort((a, b) => a.id.localeCompare(b.id));
// A docs page shows the stories of its file that are not tagged out of autodocs.
for (const entry of entries) {
  if (entry.type !== 'docs') continue;
  entry.storyIds = Object.values(index.entries)
    .filter((other) => other.type === 'story' && other.importPath === entry.importPath && !other.tags?.includes('!autodocs'))
    .map((other) => other.id);
}
// The first story of each component also has each attribute control set once (see attributeControlProblems).
const exercised = new Set();
for (const entry of entries) {
  if (entry.type !== 'story' || exercised.has(entry.importPath)) continue;
  exercised.add(entry.importPath);
  entry.exerciseControls = true;
}
const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(`Checking ${stories} stories and ${entries.length - stories} docs pages in Chromium (${concurrency} at a time)`);

let passed = 0;
let failed = 0;
// Storybook's own "Get started" checklist must not take the top of the sidebar (.storybook/main.ts features).
{
  const managerPage = readFileSync(join(staticDir, 'index.html'), 'utf8');
  for (const feature of ['sidebarOnboardingChecklist', 'menuOnboardingChecklist']) {
    const label = `manager: ${feature} off`;
    if (new RegExp(`"${feature}":\\s*false`).test(managerPage)) {
      passed += 1;
      console.log(`✔ ${label}`);
    } else {
      failed += 1;
      console.log(`✘ ${label}`);
    }
  }
}

const server = await serve(staticDir);
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
try {
  const queue = [...entries];
  const worker = async () => {
    // One context per worker: msw's service worker registers once and is reused by its pages.
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.addInitScript(recordStoryEvents);
    await prepareContext(context, baseUrl);
    const storyPage = createStoryPage(context, baseUrl);
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const begun = Date.now();
      const problems = await storyPage.check(entry);
      const seconds = ((Date.now() - begun) / 1000).toFixed(1);
      const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id}`;
      if (problems.length === 0) {
        passed += 1;
        console.log(`✔ ${label} (${seconds}s)`);
      } else {
        failed += 1;
        console.log(`✘ ${label} (${seconds}s)`);
        for (const problem of [...new Set(problems)].slice(0, 5)) console.log(`    ${problem}`);
      }
    }
    await storyPage.close();
    await context.close();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

console.log(`Checked in ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && entries.length > 0 ? 0 : 1);
