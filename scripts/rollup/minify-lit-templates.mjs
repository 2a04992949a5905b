// A rollup plugin that minifies the static text of Lit's `css`, `html` and `svg` tagged templates
// in our own sources, conservatively, with source maps. Hosts' bundlers (Vite, esbuild) never touch
// the inside of a template literal, so comments and indentation left there ship to every host.
//
// Why our own rather than a library: minify-literals 2.x (and rollup-plugin-minify-template-literals
// on it) needs Node 22 (html-minifier-next, lightningcss); its 1.x line parses with parse-literals
// 1.2.1, which pulls TypeScript 4 in as a second compiler, and minifies markup with
// html-minifier-terser, which collapses whitespace without knowing which elements our styles set to
// `white-space: pre-wrap`; rollup-plugin-minify-html-literals rests on html-minifier 4, unmaintained.
// What is done here is small enough to be read and tested whole (test/rollup/).
//
// What changes, and only that:
// - `css` templates: comments are removed; every run of whitespace becomes one space, and none is
//   left next to `{ } ; , >`, after `(`, before `)` or after a `:` that does not end the value.
//   Strings, `url(…)`, escapes, and every `${…}` are kept as they are; so is the space around
//   `+ - * /` (calc) and before `:` or `(` (`.a :is(…)`, `and (…)`).
// - `html` and `svg` templates: a run of whitespace with a line break in text becomes one space (as
//   the browser shows it: nothing is ever removed); inside a tag, between attributes, any run of
//   whitespace becomes one space. Attribute values in quotes, comments, and the content of `<pre>`,
//   `<textarea>`, `<script>` and `<style>` are kept as they are. An element styled
//   `white-space: pre*` by a class must be one of those (a test checks the elements' styles).
// A template whose `${…}` would not come out one for one, or whose text holds the placeholder
// characters, is left as it is.
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

/** Tag functions exported by `lit` whose templates are minified, by the kind of text they hold. */
const LIT_TAGS = { css: 'css', html: 'html', svg: 'html' };

/** Marks one `${…}` while a template's text is minified (private-use characters, checked absent). */
const HOLE_OPEN = '\uE000';
const HOLE_CLOSE = '\uE001';
const HOLE = /\uE000(\d+)\uE001/g;

/** Elements whose content is kept exactly: whitespace shows in them, or it is not markup. */
const VERBATIM_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * The rollup plugin: minifies the templates of the modules that `include` accepts (by default our
 * packages' TypeScript sources, not node_modules). Place it after the plugin that turns TypeScript
 * into JavaScript (esbuild), since it parses JavaScript.
 * @param {{ include?: (id: string) => boolean }} [options]
 * @returns {import('rollup').Plugin}
 */
export function minifyLitTemplates({ include = isOwnTypeScript } = {}) {
  return {
    name: 'dossier-minify-lit-templates',
    transform(code, id) {
      if (!include(id)) return null;
      return minifyLitTemplatesInModule(code, id);
    },
  };
}

/** @param {string} id */
function isOwnTypeScript(id) {
  const path = id.replaceAll('\\', '/');
  return /\.tsx?$/.test(path) && !path.includes('/node_modules/');
}

/**
 * Minifies the Lit templates of one JavaScript module. `null` when there is none, or nothing to change.
 * @param {string} code
 * @param {string} [id] the module's name, for the source map
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null}
 */
export function minifyLitTemplatesInModule(code, id = 'module.js') {
  if (!/\b(css|html|svg)\b/.test(code) || !code.includes('`')) return null;
  const ast = parseAst(code);
  const tags = litTagNames(ast);
  if (tags.size === 0) return null;
  const output = new MagicString(code);
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const quasis = node.quasi.quasis;
    const raws = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    if (raws.some((raw, i) => raw !== quasis[i].value.raw)) return;
    const minified = minifyTemplateStrings(raws, kind);
    if (!minified) return;
    minified.forEach((raw, i) => {
      if (raw === raws[i]) return;
      changed = true;
      if (raw === '') output.remove(quasis[i].start, quasis[i].end);
      else output.overwrite(quasis[i].start, quasis[i].end, raw);
    });
  });
  if (!changed) return null;
  return { code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }) };
}

/**
 * The local names under which a module imports `css`, `html` and `svg` from `lit`, with their kind.
 * @returns {Map<string, 'css' | 'html'>}
 */
function litTagNames(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    for (const specifier of node.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (Object.hasOwn(LIT_TAGS, imported)) names.set(specifier.local.name, LIT_TAGS[imported]);
    }
  }
  return names;
}

/** Calls `visit` on every node of `node`'s tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

/**
 * Minifies the raw texts of one template (the parts between its `${…}`). `null` when it must stay
 * as it is.
 * @param {readonly string[]} raws
 * @param {'css' | 'html'} kind
 * @returns {string[] | null}
 */
export function minifyTemplateStrings(raws, kind) {
  if (raws.some((raw) => raw.includes(HOLE_OPEN) || raw.includes(HOLE_CLOSE))) return null;
  // `\'` and `\"` are quotes once cooked, which the units below do not see: leave such a template.
  if (raws.some((raw) => units(raw).some((unit) => unit === "\\'" || unit === '\\"'))) return null;
  const joined = raws.map((raw, i) => (i === 0 ? raw : `${HOLE_OPEN}${i - 1}${HOLE_CLOSE}${raw}`)).join('');
  const minified = kind === 'css' ? minifyCss(joined) : minifyHtml(joined);
  const holes = [...minified.matchAll(HOLE)].map((match) => Number(match[1]));
  if (holes.length !== raws.length - 1 || holes.some((hole, i) => hole !== i)) return null;
  return minified.split(HOLE).filter((_, i) => i % 2 === 0);
}

/**
 * Splits a template's raw text into units: one character, a JavaScript escape (`\n`, `\\`, `\``…,
 * which stays whole and is never whitespace) or a `${…}` placeholder.
 * @returns {string[]}
 */
function units(raw) {
  const result = [];
  for (let i = 0; i < raw.length;) {
    let end = i + 1;
    if (raw[i] === '\\') end = i + 2;
    else if (raw[i] === HOLE_OPEN) end = Math.max(raw.indexOf(HOLE_CLOSE, i) + 1, i + 1);
    result.push(raw.slice(i, end));
    i = end;
  }
  return result;
}

const isSpace = (unit) => unit === ' ' || unit === '\t' || unit === '\n' || unit === '\r' || unit === '\f';
/** A JavaScript escape whose cooked text is one backslash, which starts a CSS escape. */
const isCssEscape = (unit) => unit === '\\\\';

/** Characters next to which CSS needs no whitespace. */
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', '(']);

/** @param {string} raw */
function minifyCss(raw) {
  const input = units(raw);
  /** @type {{ text: string, kind: 'space' | 'comment' | 'token' }[]} */
  const pieces = [];
  for (let i = 0; i < input.length;) {
    const unit = input[i];
    if (isSpace(unit)) {
      let end = i;
      while (end < input.length && isSpace(input[end])) end++;
      pieces.push({ text: ' ', kind: 'space' });
      i = end;
    } else if (unit === '/' && input[i + 1] === '*') {
      let end = i + 2;
      while (end < input.length && !(input[end] === '*' && input[end + 1] === '/')) end++;
      if (end >= input.length) return raw; // an unclosed comment: leave the template as it is
      pieces.push({ text: input.slice(i, end + 2).join(''), kind: 'comment' });
      i = end + 2;
    } else if (unit === '"' || unit === "'") {
      let end = i + 1;
      while (end < input.length && input[end] !== unit) end += isCssEscape(input[end]) ? 2 : 1;
      pieces.push({ text: input.slice(i, end + 1).join(''), kind: 'token' });
      i = end + 1;
    } else if (isCssEscape(unit)) {
      pieces.push({ text: input.slice(i, i + 2).join(''), kind: 'token' });
      i += 2;
    } else if (/^url\($/i.test(input.slice(i, i + 4).join('')) && !/^\s*["']/.test(input.slice(i + 4, i + 40).join(''))) {
      let end = i + 4;
      while (end < input.length && input[end] !== ')') end++;
      pieces.push({ text: input.slice(i, end + 1).join(''), kind: 'token' });
      i = end + 1;
    } else {
      pieces.push({ text: unit, kind: 'token' });
      i++;
    }
  }
  // Comments go, unless both sides are tokens (`.a/**/.b` is not `.a.b`): then an empty one stays.
  // Runs of whitespace that a dropped comment separated become one.
  const kept = [];
  pieces.forEach((piece, i) => {
    const before = kept.at(-1);
    if (piece.kind === 'space') {
      if (before?.kind !== 'space') kept.push(piece);
    } else if (piece.kind === 'token') {
      kept.push(piece);
    } else {
      const after = pieces.slice(i + 1).find((next) => next.kind !== 'comment');
      if (before?.kind === 'token' && after?.kind === 'token') kept.push({ text: '/**/', kind: 'token' });
    }
  });
  let out = '';
  kept.forEach((piece, i) => {
    if (piece.kind === 'token') {
      out += piece.text;
      return;
    }
    const before = kept[i - 1]?.text;
    const after = kept[i + 1]?.text;
    if (before === undefined || after === undefined) return void (out += ' ');
    // `prop: value` → `prop:value`, but `--empty: ;` keeps its space. Never before a colon.
    if (before === ':') {
      if (after !== ';' && after !== '}') return;
    } else if (CSS_TIGHT_AFTER.has(before.at(-1)) || CSS_TIGHT_BEFORE.has(after[0])) {
      return;
    }
    out += ' ';
  });
  return out;
}

/** @param {string} raw */
function minifyHtml(raw) {
  const input = units(raw);
  let out = '';
  /** @type {'text' | 'tag' | 'verbatim'} */
  let state = 'text';
  let tagName = '';
  let closing = false;
  let verbatimEnd = '';
  for (let i = 0; i < input.length;) {
    const unit = input[i];
    if (state === 'verbatim') {
      if (
        unit === '<' &&
        input
          .slice(i, i + verbatimEnd.length)
          .join('')
          .toLowerCase() === verbatimEnd
      ) {
        state = 'text';
        continue;
      }
      out += unit;
      i++;
    } else if (state === 'text') {
      if (isSpace(unit)) {
        let end = i;
        while (end < input.length && isSpace(input[end])) end++;
        const run = input.slice(i, end).join('');
        out += /[\n\r]/.test(run) ? ' ' : run;
        i = end;
      } else if (unit === '<' && input.slice(i, i + 4).join('') === '<!--') {
        let end = i + 4;
        while (end < input.length && input.slice(end, end + 3).join('') !== '-->') end++;
        if (end >= input.length) return raw; // an unclosed comment: leave the template as it is
        out += input.slice(i, end + 3).join('');
        i = end + 3;
      } else if (unit === '<' && /^\/?[a-zA-Z]/.test(input.slice(i + 1, i + 3).join(''))) {
        closing = input[i + 1] === '/';
        let end = i + (closing ? 2 : 1);
        while (end < input.length && /^[a-zA-Z0-9-]$/.test(input[end])) end++;
        tagName = input
          .slice(i + (closing ? 2 : 1), end)
          .join('')
          .toLowerCase();
        out += input.slice(i, end).join('');
        state = 'tag';
        i = end;
      } else {
        out += unit;
        i++;
      }
    } else if (isSpace(unit)) {
      let end = i;
      while (end < input.length && isSpace(input[end])) end++;
      out += ' ';
      i = end;
    } else if (unit === '"' || unit === "'") {
      let end = i + 1;
      while (end < input.length && input[end] !== unit) end++;
      if (end >= input.length) return raw;
      out += input.slice(i, end + 1).join('');
      i = end + 1;
    } else {
      out += unit;
      i++;
      if (unit === '>') {
        const selfClosing = input[i - 2] === '/';
        if (!closing && !selfClosing && VERBATIM_ELEMENTS.has(tagName)) {
          state = 'verbatim';
          verbatimEnd = `</${tagName}`;
        } else {
          state = 'text';
        }
      }
    }
  }
  return out;
}
