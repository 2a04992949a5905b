// The build's minifier of Lit templates (scripts/rollup/minify-lit-templates.mjs): what it must
// change, and above all what it must never change (calc, strings, selectors' spaces, <pre>,
// attribute values, bindings), its source maps, and a guard on the elements' styles.
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLitTemplatesInModule, minifyTemplateStrings } from '../../scripts/rollup/minify-lit-templates.mjs';

const css = (...raws: string[]) => minifyTemplateStrings(raws, 'css');
const html = (...raws: string[]) => minifyTemplateStrings(raws, 'html');

describe('minify-lit-templates: css', () => {
  it('removes comments and indentation, and the spaces next to { } ; , : >', () => {
    expect(css(':host {\n  /* the host */\n  display: block;\n  margin: 0 auto;\n}\n.a > .b,\n.c {\n  color: red;\n}\n')).to.deep.equal([
      ':host{display:block;margin:0 auto;}.a>.b,.c{color:red;} ',
    ]);
  });

  it('keeps the spaces of calc() and other values around + - * /', () => {
    expect(css('a {\n  width: calc(100% - 2 * var(--gap, 1rem));\n  margin: calc(-1 * (1px + 2px)) 0;\n}')).to.deep.equal([
      'a{width:calc(100% - 2 * var(--gap,1rem));margin:calc(-1 * (1px + 2px)) 0;}',
    ]);
  });

  it('keeps the descendant spaces of selectors, before a colon or after a parenthesis', () => {
    expect(css('.a :is(.b, .c) .d {}\n:host([open]) ::slotted(*) {}\n.e *:focus-visible {}')).to.deep.equal([
      '.a :is(.b,.c) .d{}:host([open]) ::slotted(*){}.e *:focus-visible{}',
    ]);
    expect(css('@media (min-width: 30em) and (hover: hover) {\n  a { b: c }\n}')).to.deep.equal([
      '@media (min-width:30em) and (hover:hover){a{b:c}}',
    ]);
  });

  it('keeps strings whole, a comment-like text or runs of spaces inside included', () => {
    expect(css(`a::before {\n  content: '/* not a comment */';\n  font-family: "Some  Font", serif;\n}`)).to.deep.equal([
      `a::before{content:'/* not a comment */';font-family:"Some  Font",serif;}`,
    ]);
    expect(css(`a { content: 'it\\\\'s  /*'; }`)).to.deep.equal([`a{content:'it\\\\'s  /*';}`]);
  });

  it('keeps unquoted url(), escapes, and an empty custom property', () => {
    expect(css('a { background: url(img/*x*/.png) ; }')).to.deep.equal(['a{background:url(img/*x*/.png);}']);
    expect(css('.a\\\\ b ,\n.c\\\\:d { --empty: ; }')).to.deep.equal(['.a\\\\ b,.c\\\\:d{--empty: ;}']);
  });

  it('keeps a comment between two tokens as an empty one (.a/**/.b is not .a.b)', () => {
    expect(css('.a/* x */.b { }')).to.deep.equal(['.a/**/.b{}']);
    expect(css('.a /* x */ .b { }')).to.deep.equal(['.a .b{}']);
  });

  it('keeps every interpolation, in its place', () => {
    expect(css(':host {\n  color: ', ';\n}\n', ' {\n  gap: calc(', ' * 2);\n}\n.x ', ' .y { }')).to.deep.equal([
      ':host{color:',
      ';}',
      '{gap:calc(',
      ' * 2);}.x ',
      ' .y{}',
    ]);
  });

  it('leaves as it is a template whose interpolation sits in a comment, or that has escaped quotes', () => {
    expect(css('a { /* ', ' */ color: red; }')).to.equal(null);
    expect(css("a { content: \\'x  y\\'; }")).to.equal(null);
    expect(css('a { /* never closed')).to.deep.equal(['a { /* never closed']);
  });

  it('changes nothing but whitespace, in any text without comments (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '-', ' ', '\n', '\t', '{', '}', ':', ';', ',', '(', ')', '>', '+', '"', "'", '\\', 'url('),
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (raws) => {
        const out = css(...raws);
        if (out === null) return;
        expect(out).to.have.length(raws.length);
        const squeeze = (parts: readonly string[]) => parts.join('|').replace(/\s+/g, '');
        expect(squeeze(out)).to.equal(squeeze(raws));
      }),
    );
  });
});

describe('minify-lit-templates: html and svg', () => {
  it('turns a run of whitespace with a line break into one space, and leaves the others', () => {
    expect(html('\n  <div class="a">\n    <p>one  two</p>\n    <span>x</span>\n  </div>\n')).to.deep.equal([
      ' <div class="a"> <p>one  two</p> <span>x</span> </div> ',
    ]);
  });

  it('keeps attribute values as they are, spaces and line breaks included', () => {
    expect(html(`<div\n    class="a\n      b"\n    title='x  y'\n    data-x=z\n  >t</div>`)).to.deep.equal([
      `<div class="a\n      b" title='x  y' data-x=z >t</div>`,
    ]);
  });

  it("keeps Lit's bindings (.prop, ?attr, @event, values with interpolations) and every interpolation", () => {
    expect(
      html('<input\n  .value=', '\n  ?disabled=', '\n  @input=', '\n/>\n<a href="/x/', '  ?q=', '" title="a  ', '">', '</a>'),
    ).to.deep.equal(['<input .value=', ' ?disabled=', ' @input=', ' /> <a href="/x/', '  ?q=', '" title="a  ', '">', '</a>']);
  });

  it('keeps the content of <pre>, <textarea>, <script> and <style> exactly', () => {
    expect(html('<div>\n  <pre>\n  ', '\n    keep  this\n  </pre>\n  <p>\n  x</p>\n</div>')).to.deep.equal([
      '<div> <pre>\n  ',
      '\n    keep  this\n  </pre> <p> x</p> </div>',
    ]);
    expect(html('<TEXTAREA rows="3">\n  a\n  b\n</Textarea>\n<p>\n</p>')).to.deep.equal([
      '<TEXTAREA rows="3">\n  a\n  b\n</Textarea> <p> </p>',
    ]);
    expect(html('<style>\n  a { b: c }\n</style>\n<script type="x">\n  1\n</script>')).to.deep.equal([
      '<style>\n  a { b: c }\n</style> <script type="x">\n  1\n</script>',
    ]);
  });

  it('keeps comments, and leaves a template with an unclosed comment or value as it is', () => {
    expect(html('<p>\n  <!-- a\n    b -->\n</p>')).to.deep.equal(['<p> <!-- a\n    b --> </p>']);
    expect(html('<p>\n<!-- never closed')).to.deep.equal(['<p>\n<!-- never closed']);
    expect(html('<p title="never closed>\n  x')).to.deep.equal(['<p title="never closed>\n  x']);
  });

  it('changes nothing but whitespace (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'p', 'pre', '<', '</', '>', '/>', '=', '"', "'", ' ', '\n', '  ', '<!--', '-->', '\\n'),
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (raws) => {
        const out = html(...raws);
        if (out === null) return;
        expect(out).to.have.length(raws.length);
        const squeeze = (parts: readonly string[]) => parts.join('|').replace(/\s+/g, '');
        expect(squeeze(out)).to.equal(squeeze(raws));
      }),
    );
  });
});

describe('minify-lit-templates: modules', () => {
  it("minifies the templates tagged by lit's css, html and svg under their local names, and no other", () => {
    const code = [
      "import { css, html, svg as svgPart } from 'lit';",
      "import { html as other } from './other.js';",
      'export const a = css`\n  a {\n    b: c;\n  }\n`;',
      'export const b = html`\n  <p>\n    ${a}\n  </p>\n`;',
      'export const c = svgPart`\n  <g>\n  </g>\n`;',
      'export const d = other`\n  <p>\n  </p>\n`;',
      'export const e = `\n  <p>\n  </p>\n`;',
    ].join('\n');
    const result = minifyLitTemplatesInModule(code, 'a.js');
    expect(result?.code).to.equal(
      [
        "import { css, html, svg as svgPart } from 'lit';",
        "import { html as other } from './other.js';",
        'export const a = css` a{b:c;} `;',
        'export const b = html` <p> ${a} </p> `;',
        'export const c = svgPart` <g> </g> `;',
        'export const d = other`\n  <p>\n  </p>\n`;',
        'export const e = `\n  <p>\n  </p>\n`;',
      ].join('\n'),
    );
    expect(minifyLitTemplatesInModule("import { html } from 'lit';\nexport const a = html`<p>x</p>`;")).to.equal(null);
  });

  it('gives a source map that maps the code after a template back to where it was', () => {
    const code =
      "import { css } from 'lit';\nconst styles = css`\n  a {\n    b: c;\n  }\n`;\nexport function after() {\n  return styles;\n}\n";
    const result = minifyLitTemplatesInModule(code, 'styles.js');
    expect(result).to.not.equal(null);
    const lines = result!.code.split('\n');
    const line = lines.findIndex((text) => text.includes('after'));
    const map = new SourceMap(JSON.parse(result!.map.toString()));
    const entry = map.findEntry(line, lines[line]!.indexOf('after'));
    expect(entry).to.include({ originalSource: 'styles.js', originalLine: 6, originalColumn: 'export function '.length });
    const returned = map.findEntry(line + 1, lines[line + 1]!.indexOf('styles'));
    expect(returned).to.include({ originalLine: 7 });
  });
});

// The minifier keeps whitespace only where the markup says so (<pre>, <textarea>): an element made
// `white-space: pre*` by a class in the styles would have its text collapsed. Such rules must
// target one of those elements.
describe("the elements' styles keep whitespace only in <pre> and <textarea>", () => {
  const src = fileURLToPath(new URL('../../packages/elements/src/', import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  it('every white-space: pre, pre-wrap, pre-line or break-spaces rule targets pre or textarea', () => {
    let rules = 0;
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const match of text.matchAll(/white-space:\s*(pre|pre-wrap|pre-line|break-spaces)\b/g)) {
        rules++;
        const open = text.lastIndexOf('{', match.index);
        const start = Math.max(text.lastIndexOf('}', open), text.lastIndexOf('`', open));
        const selectors = text
          .slice(start + 1, open)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split(',')
          .map((selector) => selector.trim());
        for (const selector of selectors) expect(selector, `${file}: ${selector}`).to.match(/(^|[\s>~+])(pre|textarea)$/);
      }
    }
    expect(rules, 'the rules found (reminder textarea, piece options pre)').to.be.at.least(2);
  });
});
