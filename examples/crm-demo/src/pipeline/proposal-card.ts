import type { AuditRow } from '@dossier/core';
import type { AppContext } from '../app/app-context.js';
import { ROUTES } from '../app/route.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icon.js';
import { formatMoney } from '../i18n/format-money.js';
import { neighbourStage, stageLabel, type PipelineStage } from '../crm/pipeline-stages.js';

/** A proposal's card on the sales board. */
export interface ProposalCard {
  readonly element: HTMLLIElement;
  /** Shows the row's current data (the card element, and its badge, are kept). */
  update(row: AuditRow, stage: PipelineStage): void;
  /** Puts the focus back on the step button used last, or on the other one when that end is reached. */
  focusStepButton(step: -1 | 1): void;
}

/** What a card asks of its board. */
export interface ProposalCardActions {
  readonly move: (dossierId: string, stage: PipelineStage, step: -1 | 1) => void;
  readonly remind: (dossierId: string, clientName: string) => void;
}

/**
 * Builds a card: client name (a link to the proposal's page), risk, premium,
 * `<dossier-badge>` with the number of pieces to collect, the e-mail icon at
 * the right, and previous/next step buttons for keyboard users (the card also
 * drags between columns).
 */
export function createProposalCard(context: AppContext, row: AuditRow, stage: PipelineStage, actions: ProposalCardActions): ProposalCard {
  const { t, locale } = context;
  const id = row.id;
  let current = { row, stage };
  const title = h('a', { class: 'card-title', href: ROUTES.proposal(id), 'data-testid': 'proposal-link' });
  const kind = h('span', { class: 'tag tag-pro' });
  const risk = h('span', { 'data-testid': 'proposal-risk' });
  const premium = h('span', { class: 'card-premium', 'data-testid': 'proposal-premium' });
  const stepButton = (step: -1 | 1) =>
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button step-button',
        'data-testid': step < 0 ? 'stage-previous' : 'stage-next',
        onclick: () => {
          const target = neighbourStage(current.stage, step);
          if (target) actions.move(id, target, step);
        },
      },
      icon(step < 0 ? 'left' : 'right'),
    );
  const previous = stepButton(-1);
  const next = stepButton(1);
  const remind = h(
    'button',
    {
      type: 'button',
      class: 'icon-button mail-button',
      'data-testid': 'remind-button',
      onclick: () => actions.remind(id, current.row.clientName),
    },
    icon('mail'),
  );
  const element: HTMLLIElement = h(
    'li',
    {
      class: 'card',
      draggable: 'true',
      'data-testid': `proposal-card-${id}`,
      'data-dossier-id': id,
      title: t.dragHint,
      ondragstart: (event: DragEvent) => {
        if (event.target !== element || !event.dataTransfer) return;
        event.dataTransfer.setData('application/x-courtage-proposal', id);
        event.dataTransfer.effectAllowed = 'move';
        element.classList.add('dragging');
      },
      ondragend: () => element.classList.remove('dragging'),
    },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-heading' }, title),
      h('span', { class: 'card-id', 'data-testid': 'proposal-id' }, id),
    ),
    h('p', { class: 'card-risk' }, risk),
    h('p', { class: 'card-meta' }, premium, kind),
    h(
      'div',
      { class: 'card-actions' },
      h('div', { class: 'step-buttons' }, previous, next),
      h('span', { class: 'card-spacer' }),
      h('dossier-badge', { 'dossier-id': id, 'data-testid': 'proposal-badge' }),
      remind,
    ),
  );

  const update = (nextRow: AuditRow, nextStage: PipelineStage): void => {
    current = { row: nextRow, stage: nextStage };
    element.dataset['stage'] = nextStage;
    title.textContent = nextRow.clientName;
    risk.textContent = nextRow.riskTypeLabel;
    const record = context.crm.proposal(id);
    premium.textContent = record ? `${formatMoney(record.annualPremium, locale)} ${t.perYear}` : t.noPremium;
    const client = record ? context.crm.client(record.clientId) : undefined;
    kind.textContent = client?.kind === 'professionnel' ? t.kindProfessionnel : '';
    kind.hidden = client?.kind !== 'professionnel';
    remind.setAttribute('aria-label', t.remindClient(nextRow.clientName));
    remind.title = t.remindClient(nextRow.clientName);
    for (const [button, step] of [
      [previous, -1],
      [next, 1],
    ] as const) {
      const target = neighbourStage(nextStage, step);
      button.disabled = target === undefined;
      const label = target
        ? (step < 0 ? t.previousStage : t.nextStage)(stageLabel(target, locale))
        : step < 0
          ? t.previousStageShort
          : t.nextStageShort;
      button.setAttribute('aria-label', label);
      button.title = label;
    }
  };
  update(row, stage);

  return {
    element,
    update,
    focusStepButton(step) {
      const preferred = step < 0 ? previous : next;
      (preferred.disabled ? (step < 0 ? next : previous) : preferred).focus();
    },
  };
}
