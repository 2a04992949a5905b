// The framework typings generated from custom-elements.json (packages/elements/dist/frameworks/),
// compiled as a React 19 host's TSX is, as a Vue 3 host's templates are (vue-tsc), as a Svelte 5
// host's components are (svelte-check) and as a Solid host's TSX is (tsc):
// properties and event details are really typed, wrong values are refused. And @dossier/react's wrappers offer exactly the events the manifest lists.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A TypeScript error line of `tsc` or `vue-tsc` (`… <case>.<ext>(line,col): error TSnnnn`), for `extension`. */
const tscError = (extension) => new RegExp(`(?:^|/)(\\w+)\\.${extension}\\(\\d+,\\d+\\): error (TS\\d+)`);

/**
 * Writes `cases` (name → code) as `<name>.<extension>` in a scratch folder of `examples/<example>`
 * (so that its node_modules and compiler options apply), with `declarations` beside them, runs the
 * command `check(folder, exampleDir)` gives, and returns the errors per case: what `errorLine`
 * (case name, then error) finds in its output. `ran`, when given, must match the output (the checker
 * really ran).
 */
function checkInExample(example, cases, { extension, wrap = (code) => code, declarations, include, check, errorLine, ran }) {
  const exampleDir = join(root, 'examples', example);
  const folder = mkdtempSync(join(exampleDir, '.types-'));
  try {
    const files = Object.entries(cases).map(([name, code]) => {
      writeFileSync(join(folder, `${name}.${extension}`), `${wrap(code)}\n`);
      return `${name}.${extension}`;
    });
    if (declarations) writeFileSync(join(folder, 'dossier-types.d.ts'), declarations);
    const base = JSON.parse(readFileSync(join(exampleDir, 'tsconfig.json'), 'utf8'));
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: base.compilerOptions, ...(include ? { include } : { files }) }),
    );
    const [command, ...args] = check(folder, exampleDir);
    const result = spawnSync(command, args, { encoding: 'utf8' });
    const output = result.stdout + result.stderr;
    if (ran) assert.match(output, ran, `${command} did not run:\n${output}`);
    const errors = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
    for (const line of output.split('\n')) {
      const match = errorLine.exec(line);
      if (match) errors[match[1]].push(match[2]);
    }
    return errors;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `tsc -p` on the scratch folder's tsconfig, the repository's TypeScript. */
const tsc = (folder) => [join(root, 'node_modules/.bin/tsc'), '-p', join(folder, 'tsconfig.json'), '--pretty', 'false'];

/** TSX `cases` compiled with the React example's settings. */
const compile = (cases) =>
  checkInExample('react', cases, {
    extension: 'tsx',
    wrap: (code) => `import type {} from '@dossier/elements/frameworks/react';\n${code}\nexport {};`,
    check: tsc,
    errorLine: tscError('tsx'),
  });

/** Svelte components `cases` checked by svelte-check with the Svelte example's settings. */
const checkSvelte = (cases) =>
  checkInExample('svelte', cases, {
    extension: 'svelte',
    declarations: `import type {} from '@dossier/elements/frameworks/svelte';\n`,
    include: ['*.ts', '*.svelte'],
    check: (folder, exampleDir) => [
      join(exampleDir, 'node_modules/.bin/svelte-check'),
      '--workspace',
      folder,
      '--tsconfig',
      join(folder, 'tsconfig.json'),
      '--output',
      'machine',
    ],
    errorLine: /^\d+ ERROR "(\w+)\.svelte" \S+ (.*)$/,
    ran: /COMPLETED \d+ FILES/,
  });

/** Vue single-file components `cases` checked by vue-tsc with the Vue example's settings and its TypeScript 5.9. */
const checkVue = (cases) =>
  checkInExample('vue', cases, {
    extension: 'vue',
    declarations: `import type {} from '@dossier/elements/frameworks/vue';\n`,
    include: ['*.ts', '*.vue'],
    check: (folder, exampleDir) => [
      process.execPath,
      join(exampleDir, 'typecheck.cjs'),
      '-p',
      join(folder, 'tsconfig.json'),
      '--pretty',
      'false',
    ],
    errorLine: tscError('vue'),
  });

/** Solid TSX `cases` compiled with tsc and the Solid example's settings. */
const checkSolid = (cases) =>
  checkInExample('solid', cases, {
    extension: 'tsx',
    wrap: (code) => `import type {} from '@dossier/elements/frameworks/solid';\n${code}\nexport {};`,
    check: tsc,
    errorLine: tscError('tsx'),
  });

describe('generated framework types (built packages)', () => {
  it('React 19 JSX: typed properties and event details; wrong ones refused', () => {
    const errors = compile({
      good: `
        import type { DossierClient } from '@dossier/core';
        declare const client: DossierClient;
        const names: string[] = [];
        const page = (
          <dossier-provider client={client} locale="en">
            <dossier-badge dossier-id="P-1" ondossier-badge-toggle={(e) => names.push(String(e.detail.open))} />
            <dossier-tracker dossier-id="P-1" stageLabel={(stage, locale) => (locale === 'en' ? stage : stage)}
              ondossier-document-added={(e) => names.push(e.detail.document.originalName)} />
            <dossier-audit only-incomplete={false} ondossier-audit-open={(e) => names.push(e.detail.dossierId)} />
          </dossier-provider>
        );`,
      // "de" is shipped since issue 9; a locale nobody registered nor declared is still refused.
      wrongLocale: `const page = <dossier-badge dossier-id="P-1" locale="pt" />;`,
      wrongClient: `const page = <dossier-provider client={42} />;`,
      wrongDetail: `const page = <dossier-tracker ondossier-document-added={(e) => e.detail.nothing} />;`,
      unknownTag: `const page = <dossier-nothing />;`,
    });
    assert.deepEqual(errors.good, [], 'the good page compiles');
    for (const name of ['wrongLocale', 'wrongClient', 'wrongDetail', 'unknownTag'])
      assert.ok(errors[name].length > 0, `${name} must not compile`);
  });

  it('Svelte 5 (svelte-check): typed properties, `on<event>` attributes and their details; wrong ones refused', () => {
    const errors = checkSvelte({
      good: `<script lang="ts">
          import type { DossierClient } from '@dossier/core';
          let { client }: { client: DossierClient } = $props();
          const names: string[] = [];
        </script>
        <dossier-provider {client} locale="en">
          <dossier-badge dossier-id="P-1" ondossier-badge-toggle={(e) => names.push(String(e.detail.open))}></dossier-badge>
          <dossier-tracker dossier-id="P-1" stageLabel={(stage, locale) => (locale === 'en' ? stage : stage)}
            ondossier-document-added={(e) => names.push(e.detail.document.originalName)}></dossier-tracker>
          <dossier-audit only-incomplete={false} ondossier-audit-open={(e) => names.push(e.detail.dossierId)}></dossier-audit>
        </dossier-provider>`,
      wrongLocale: `<script lang="ts"></script><dossier-badge dossier-id="P-1" locale="pt"></dossier-badge>`,
      wrongClient: `<script lang="ts"></script><dossier-provider client={42}></dossier-provider>`,
      wrongDetail: `<script lang="ts"></script><dossier-tracker ondossier-document-added={(e) => e.detail.nothing}></dossier-tracker>`,
      otherEventsHandler: `<script lang="ts">
          import type { DossierBadgeToggleEvent } from '@dossier/elements';
          const onToggle = (event: DossierBadgeToggleEvent) => event.detail.open;
        </script>
        <dossier-tracker ondossier-document-added={onToggle}></dossier-tracker>`,
    });
    assert.deepEqual(errors.good, [], 'the good component compiles');
    for (const name of ['wrongLocale', 'wrongClient', 'wrongDetail', 'otherEventsHandler'])
      assert.ok(errors[name].length > 0, `${name} must not compile`);
  });

  it('Vue 3 (vue-tsc): typed properties, `@event` handlers and their details; wrong ones refused', () => {
    const errors = checkVue({
      good: `<script setup lang="ts">
          import type { DossierClient } from '@dossier/core';
          import type { DossierDocumentAddedEvent } from '@dossier/elements';
          defineProps<{ client: DossierClient }>();
          const names: string[] = [];
          const onAdded = (event: DossierDocumentAddedEvent) => names.push(event.detail.document.originalName);
        </script>
        <template>
          <dossier-provider :client.prop="client" locale="en">
            <dossier-badge dossier-id="P-1" @dossier-badge-toggle="(e) => names.push(String(e.detail.open))"></dossier-badge>
            <dossier-tracker dossier-id="P-1" @dossier-document-added="onAdded"></dossier-tracker>
            <dossier-audit :only-incomplete="false" @dossier-audit-open="(e) => names.push(e.detail.dossierId)"></dossier-audit>
          </dossier-provider>
        </template>`,
      wrongLocale: `<template><dossier-badge dossier-id="P-1" locale="pt"></dossier-badge></template>`,
      wrongDossierId: `<template><dossier-badge :dossier-id="42"></dossier-badge></template>`,
      wrongDetail: `<template><dossier-tracker @dossier-document-added="(e) => e.detail.nothing"></dossier-tracker></template>`,
      otherEventsHandler: `<script setup lang="ts">
          import type { DossierBadgeToggleEvent } from '@dossier/elements';
          const onToggle = (event: DossierBadgeToggleEvent) => event.detail.open;
        </script>
        <template><dossier-tracker @dossier-document-added="onToggle"></dossier-tracker></template>`,
    });
    assert.deepEqual(errors.good, [], 'the good component compiles');
    for (const name of ['wrongLocale', 'wrongDossierId', 'wrongDetail', 'otherEventsHandler'])
      assert.ok(errors[name].length > 0, `${name} must not compile`);
  });

  it('Solid (tsc): typed attributes, `prop:` properties, `on:` handlers and their details; wrong ones refused', () => {
    const errors = checkSolid({
      good: `
        import type { DossierClient } from '@dossier/core';
        import type { DossierDocumentAddedEvent } from '@dossier/elements';
        declare const client: DossierClient;
        const names: string[] = [];
        const onAdded = (event: DossierDocumentAddedEvent) => names.push(event.detail.document.originalName);
        const page = (
          <dossier-provider prop:client={client} locale="en">
            <dossier-badge dossier-id="P-1" on:dossier-badge-toggle={(e) => names.push(String(e.detail.open))}></dossier-badge>
            <dossier-tracker dossier-id="P-1" on:dossier-document-added={onAdded}></dossier-tracker>
            <dossier-audit only-incomplete={false} on:dossier-audit-open={(e) => names.push(e.detail.dossierId)}></dossier-audit>
          </dossier-provider>
        );`,
      wrongLocale: `const page = <dossier-badge dossier-id="P-1" locale="pt"></dossier-badge>;`,
      wrongClient: `const page = <dossier-provider prop:client={42}></dossier-provider>;`,
      wrongDetail: `const page = <dossier-tracker on:dossier-document-added={(e) => e.detail.nothing}></dossier-tracker>;`,
      otherEventsHandler: `
        import type { DossierBadgeToggleEvent } from '@dossier/elements';
        const onToggle = (event: DossierBadgeToggleEvent) => event.detail.open;
        const page = <dossier-tracker on:dossier-document-added={onToggle}></dossier-tracker>;`,
      unknownTag: `const page = <dossier-nothing></dossier-nothing>;`,
    });
    assert.deepEqual(errors.good, [], 'the good page compiles');
    for (const name of ['wrongLocale', 'wrongClient', 'wrongDetail', 'otherEventsHandler', 'unknownTag'])
      assert.ok(errors[name].length > 0, `${name} must not compile`);
  });

  it('each generated file imports only what @dossier/elements exports, once', () => {
    const index = readFileSync(join(root, 'packages/elements/dist/index.d.ts'), 'utf8');
    for (const file of readdirSync(join(root, 'packages/elements/dist/frameworks'))) {
      const code = readFileSync(join(root, 'packages/elements/dist/frameworks', file), 'utf8');
      const imports = [...code.matchAll(/import type \{([^}]*)\} from '@dossier\/elements'/g)].flatMap(([, list]) =>
        list.split(',').map((n) => n.trim()),
      );
      assert.equal(new Set(imports).size, imports.length, `${file}: duplicate imports`);
      for (const name of imports) assert.ok(index.includes(name) || /Event$|Detail$/.test(name), `${file}: ${name} is not exported`);
    }
  });

  it("@dossier/react's wrappers map exactly the manifest's events of each element", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
    const declared = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName, new Set((d.events ?? []).map((e) => e.name))]),
    );
    const folder = join(root, 'packages/react/src/components');
    const wrapped = new Set();
    for (const file of readdirSync(folder)) {
      const code = readFileSync(join(folder, file), 'utf8');
      const tag = /tagName: '([^']+)'/.exec(code)[1];
      wrapped.add(tag);
      const events = new Set([...code.matchAll(/on\w+: '(dossier-[a-z-]+)'/g)].map(([, name]) => name));
      assert.deepEqual([...events].sort(), [...(declared.get(tag) ?? [])].sort(), `${file}: events`);
    }
    assert.deepEqual([...wrapped].sort(), [...declared.keys()].sort(), 'one wrapper per element');
  });
});
