import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type TemplateResult } from 'lit';
import tokens, { type DesignToken } from 'virtual:dossier-design-tokens';
import { themeStyle, type StoryTheme } from './support/theme-tokens.js';

/** How a token is shown: what its value is. */
type SampleKind = 'color' | 'length' | 'radius' | 'font' | 'shadow' | 'border' | 'text';

/** `value` with the elements' private names (`var(--_danger)`) replaced by the tokens they stand for. */
function resolveAliases(value: string, aliases: Readonly<Record<string, string>>): string {
  let resolved = value;
  for (let round = 0; round < 4 && /var\(--_[a-z-]+\)/.test(resolved); round += 1) {
    resolved = resolved.replace(/var\((--_[a-z-]+)\)/g, (whole, name: string) => aliases[name] ?? whole);
  }
  return resolved;
}

function kindOf(token: DesignToken, fallback: string): SampleKind {
  if (token.name.endsWith('-font')) return 'font';
  if (token.name.endsWith('focus-ring')) return 'shadow';
  if (token.name.endsWith('radius')) return 'radius';
  if (/^\d+px (solid|dashed|dotted)/.test(fallback)) return 'border';
  if (/^-?[\d.]+(rem|px|em|%)$/.test(fallback)) return 'length';
  if (
    /^(#|rgb|hsl|color-mix|transparent)/.test(fallback) ||
    /^var\(--dossier-(accent|accent-text|danger|success|warning|muted|surface|text|border)\b/.test(fallback)
  )
    return 'color';
  return 'text';
}

/** The CSS property a probe sets to read a token's computed value, per kind. */
const PROBE_PROPERTY: Record<SampleKind, string | undefined> = {
  color: 'background-color',
  length: 'width',
  radius: 'border-top-left-radius',
  font: 'font-family',
  shadow: 'box-shadow',
  border: 'border-top',
  text: undefined,
};

/** What `expression` computes to inside a host themed `theme` (the way a host sets the tokens). */
function computed(theme: StoryTheme, kind: SampleKind, expression: string): string {
  const property = PROBE_PROPERTY[kind];
  if (!property) return expression;
  const host = document.createElement('div');
  host.setAttribute('style', `${themeStyle(theme)}; position: absolute; visibility: hidden`);
  const probe = document.createElement('div');
  probe.style.setProperty(property, expression);
  host.append(probe);
  document.body.append(host);
  const value = getComputedStyle(probe).getPropertyValue(property);
  host.remove();
  return value;
}

function sample(kind: SampleKind, expression: string): TemplateResult | typeof nothing {
  const base = 'display: inline-block; vertical-align: middle; margin-inline-end: 0.5rem;';
  switch (kind) {
    case 'color':
      return html`<span style=${`${base} width: 2rem; height: 1.25rem; border: 1px solid #8888; border-radius: 4px; background: ${expression}`}></span>`;
    case 'length':
      return html`<span style=${`${base} height: 0.5rem; max-width: 12rem; width: ${expression}; background: currentColor; opacity: 0.5`}></span>`;
    case 'radius':
      return html`<span style=${`${base} width: 2.5rem; height: 1.5rem; border: 2px solid currentColor; border-radius: ${expression}`}></span>`;
    case 'font':
      return html`<span style=${`${base} font-family: ${expression}`}>Dossier complet</span>`;
    case 'shadow':
      return html`<span style=${`${base} width: 2.5rem; height: 1.5rem; border-radius: 4px; box-shadow: ${expression}`}></span>`;
    case 'border':
      return html`<span style=${`${base} width: 3rem; height: 1.5rem; border: ${expression}`}></span>`;
    default:
      return nothing;
  }
}

function themedCell(theme: StoryTheme, kind: SampleKind, expression: string): TemplateResult {
  return html`<td style=${`${themeStyle(theme)}; padding: 0.4rem 0.6rem;`} data-theme=${theme}>
    ${sample(kind, expression)}<code>${computed(theme, kind, expression)}</code>
  </td>`;
}

function row(token: DesignToken): TemplateResult {
  const fallback = resolveAliases(token.default ?? '', token.aliases);
  const expression = fallback ? `var(${token.name}, ${fallback})` : `var(${token.name})`;
  const kind = kindOf(token, fallback);
  return html`<tr data-token=${token.name}>
    <th scope="row" style="text-align: start; padding: 0.4rem 0.6rem; font-weight: 600;"><code>${token.name}</code></th>
    <td style="padding: 0.4rem 0.6rem;">${token.shared ? 'tous les éléments' : token.elements.join(', ')}</td>
    <td style="padding: 0.4rem 0.6rem;">
      <code>${token.default ?? '—'}</code>
      ${token.otherDefaults.length > 0 ? html`<br /><small>aussi : ${token.otherDefaults.map((value) => html`<code>${value}</code> `)}</small>` : nothing}
    </td>
    ${themedCell('light', kind, expression)} ${themedCell('dark', kind, expression)}
    <td style="padding: 0.4rem 0.6rem;">${token.descriptions.map((d) => html`<div><small>${d.element}</small> ${d.text}</div>`)}</td>
  </tr>`;
}

const table = (title: string, list: readonly DesignToken[]) => html`
  <h2 style="font-size: 1.1rem; margin: 1.5rem 0 0.5rem;">${title} (${list.length})</h2>
  <table style="border-collapse: collapse; width: 100%; font-size: 0.85rem;">
    <thead>
      <tr style="text-align: start;">
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Token</th>
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Lu par</th>
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Valeur par défaut (styles)</th>
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Clair</th>
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Sombre</th>
        <th scope="col" style="text-align: start; padding: 0.4rem 0.6rem;">Rôle</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(row)}
    </tbody>
  </table>
`;

const meta = {
  title: 'Bases/Design tokens',
  id: 'design-tokens',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every `--dossier-*` custom property the elements read, generated when Storybook builds from their styles (`scripts/design-tokens.mjs`), with its default and its value in the light and dark themes of the toolbar. Set them on any ancestor of the elements.',
      },
    },
  },
  render: () => html`<div data-design-tokens>
    <p style="margin: 0;">
      Propriétés CSS que l’hôte définit sur un ancêtre des éléments. Liste générée depuis les styles des éléments à chaque build : ${tokens.length} tokens.
    </p>
    ${table(
      'Communs à tous les éléments',
      tokens.filter((t) => t.shared),
    )} ${table(
      'Propres à un élément',
      tokens.filter((t) => !t.shared),
    )}
  </div>`,
} satisfies Meta;

export default meta;

/** Every token with its default and its value in the light and dark themes. */
export const AllTokens: StoryObj = {};
