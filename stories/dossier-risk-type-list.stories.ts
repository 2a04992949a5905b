import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { RiskType } from '@dossier/core';
import { hostileText } from './support/hostile-text.js';
import { storyCatalogue } from './support/story-catalogue.js';

/** The story catalogue's risk types, as `client.riskTypes.list()` gives them. */
const riskTypes: RiskType[] = storyCatalogue.map(({ id, label }) => ({ id, label, revision: 1 }));

/** A host that follows the selection, as `<dossier-pieces-editor>` does. */
const render = (list: readonly RiskType[], selectedId: string) => html`<div style="max-width: 16rem;">
  <nav aria-label="Types de contrat">
    <dossier-risk-type-list
      .riskTypes=${list}
      selected-id=${selectedId}
      @dossier-risk-type-select=${(event: CustomEvent<{ riskTypeId: string }>) => {
        (event.currentTarget as HTMLElement & { selectedId: string }).selectedId = event.detail.riskTypeId;
      }}
    ></dossier-risk-type-list>
  </nav>
</div>`;

const meta = {
  title: 'Éléments/dossier-pieces-editor/dossier-risk-type-list',
  id: 'dossier-risk-type-list',
  component: 'dossier-risk-type-list',
  tags: ['autodocs'],
  render: () => render(riskTypes, 'auto'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The left panel of the pieces editor: Automobile selected; ↑/↓, Home/End move, Enter or Space selects. */
export const Catalogue: Story = {};

/** Another type selected from the start (`selected-id`). */
export const Selected: Story = { render: () => render(riskTypes, 'prevoyance') };

/** A long catalogue. */
export const ManyTypes: Story = {
  render: () =>
    render(
      Array.from({ length: 24 }, (_, i) => ({ id: `t${i}`, label: `${riskTypes[i % riskTypes.length]!.label} ${i + 1}`, revision: 1 })),
      't3',
    ),
};

/** HTML as a label: shown as text. */
export const HostileStrings: Story = {
  render: () => render([{ id: 'hostile', label: hostileText, revision: 1 }, ...riskTypes], 'hostile'),
};

/** On a dark host. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };
