import { isDossierError, type AuditRow } from '@dossier/core';
import type { AppContext, Page } from '../app/app-context.js';
import { h, replaceChildren } from '../dom/h.js';
import { icon } from '../dom/icon.js';
import { formatMoney } from '../i18n/format-money.js';
import { FIRST_STAGE, PIPELINE_STAGES, isPipelineStage, stageLabel, type PipelineStage } from '../crm/pipeline-stages.js';
import { openReminderDialog } from '../reminders/open-reminder-dialog.js';
import { loadProposalRows } from './load-proposal-rows.js';
import { openNewProposalDialog } from './new-proposal-dialog.js';
import { createProposalCard, type ProposalCard } from './proposal-card.js';
import { stageSlug } from './stage-slug.js';

const DRAG_TYPE = 'application/x-courtage-proposal';

/** One column of the board. */
interface Column {
  readonly stage: PipelineStage;
  readonly section: HTMLElement;
  readonly list: HTMLOListElement;
  readonly count: HTMLElement;
  readonly total: HTMLElement;
  readonly empty: HTMLElement;
}

/**
 * Ventes: the pipeline board. Proposals come from `client.audit` (phase
 * `proposal`), their stage is the Dossier's `stage`; moving a card calls
 * `client.dossiers.setStage`. The board reloads when the client reports a
 * change, and keeps its card elements, so badges are never re-created.
 */
export function createPipelinePage(context: AppContext): Page {
  const { t, locale, client } = context;
  const rows = new Map<string, AuditRow>();
  const cards = new Map<string, ProposalCard>();
  const status = h('p', { class: 'visually-hidden', role: 'status', 'data-testid': 'pipeline-status' });
  const loading = h('p', { class: 'board-message', 'data-testid': 'pipeline-loading' }, t.loading);

  const columns: Column[] = PIPELINE_STAGES.map(({ id: stage }, index) => {
    const headingId = `column-heading-${index}`;
    const list = h('ol', { class: 'column-cards', 'data-testid': `column-cards-${stageSlug(stage)}` });
    const count = h('span', { class: 'column-count' });
    const total = h('span', { class: 'column-total' });
    const empty = h('p', { class: 'column-empty' }, t.emptyColumn);
    const section = h(
      'section',
      {
        class: `column column-${stageSlug(stage)}`,
        'aria-labelledby': headingId,
        'data-testid': `column-${stageSlug(stage)}`,
        'data-stage': stage,
        ondragover: (event: DragEvent) => {
          if (!event.dataTransfer?.types.includes(DRAG_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          section.classList.add('drop-target');
        },
        ondragleave: (event: DragEvent) => {
          if (!(event.relatedTarget instanceof Node) || !section.contains(event.relatedTarget)) section.classList.remove('drop-target');
        },
        ondrop: (event: DragEvent) => {
          section.classList.remove('drop-target');
          const id = event.dataTransfer?.getData(DRAG_TYPE);
          // Files dropped on a badge's drop zone bubble up here too: only cards are ours.
          if (!id) return;
          event.preventDefault();
          void move(id, stage, 0);
        },
      },
      h(
        'header',
        { class: 'column-header' },
        h('h2', { id: headingId }, stageLabel(stage, locale)),
        h('p', { class: 'column-summary' }, count, ' · ', total),
      ),
      list,
      empty,
    );
    return { stage, section, list, count, total, empty };
  });

  const board = h('div', { class: 'board', 'data-testid': 'pipeline-board', hidden: true }, ...columns.map((c) => c.section));
  const newButton = h(
    'button',
    {
      type: 'button',
      class: 'button button-primary',
      'data-testid': 'new-proposal',
      onclick: () =>
        openNewProposalDialog(context, (id) => {
          focusOnRender = id;
          void reload();
        }),
    },
    icon('plus'),
    t.newProposal,
  );
  const element = h(
    'div',
    { class: 'page page-sales', 'data-testid': 'page-sales' },
    h(
      'header',
      { class: 'page-header' },
      h('div', null, h('h1', { tabindex: '-1' }, t.salesTitle), h('p', { class: 'page-intro' }, t.salesIntro)),
      newButton,
    ),
    status,
    loading,
    board,
  );

  /** A new proposal whose card takes the focus once it is on the board. */
  let focusOnRender: string | undefined;
  const stageOf = (row: AuditRow): PipelineStage => (isPipelineStage(row.stage) ? row.stage : FIRST_STAGE);

  /** Shows `rows` on the board, creating, updating, moving and removing cards as needed. */
  const render = (): void => {
    const focused = document.activeElement;
    for (const [id, card] of cards) {
      if (!rows.has(id)) {
        card.element.remove();
        cards.delete(id);
      }
    }
    for (const column of columns) {
      const wanted = [...rows.values()].filter((row) => stageOf(row) === column.stage);
      wanted.forEach((row, index) => {
        let card = cards.get(row.id);
        if (card) card.update(row, column.stage);
        else {
          card = createProposalCard(context, row, column.stage, { move, remind: (id, name) => openReminderDialog(context, id, name) });
          cards.set(row.id, card);
        }
        const at = column.list.children[index];
        if (at !== card.element) column.list.insertBefore(card.element, at ?? null);
      });
      column.count.textContent = t.columnCount(wanted.length);
      const sum = wanted.reduce((total, row) => total + (context.crm.proposal(row.id)?.annualPremium ?? 0), 0);
      column.total.textContent = t.totalPremium(formatMoney(sum, locale));
      column.empty.hidden = wanted.length > 0;
    }
    // Moving a node drops its focus: give it back.
    if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus();
    const created = focusOnRender === undefined ? undefined : cards.get(focusOnRender);
    if (created) {
      focusOnRender = undefined;
      created.element.querySelector<HTMLElement>('[data-testid="proposal-link"]')?.focus();
      created.element.scrollIntoView({ block: 'nearest' });
    }
  };

  let version = 0;
  const reload = async (): Promise<void> => {
    const mine = ++version;
    try {
      const fresh = await loadProposalRows(client);
      if (mine !== version) return;
      rows.clear();
      for (const row of fresh) rows.set(row.id, row);
      loading.hidden = true;
      board.hidden = false;
      render();
    } catch (error) {
      if (mine !== version) return;
      loading.hidden = false;
      replaceChildren(
        loading,
        isDossierError(error) ? error.localize(locale).message : String(error),
        ' ',
        h('button', { type: 'button', class: 'button', onclick: () => void reload() }, t.reload),
      );
    }
  };

  /** Moves a card at once, then stores the new stage; puts it back if Dossier refuses. */
  async function move(id: string, stage: PipelineStage, step: -1 | 0 | 1): Promise<void> {
    const row = rows.get(id);
    if (!row || stageOf(row) === stage) return;
    rows.set(id, { ...row, stage });
    render();
    if (step !== 0) cards.get(id)?.focusStepButton(step);
    status.textContent = t.movedTo(row.clientName, stageLabel(stage, locale));
    try {
      await client.dossiers.setStage(id, stage);
    } catch (error) {
      rows.set(id, row);
      render();
      context.toaster.show(isDossierError(error) ? error.localize(locale).message : String(error), { tone: 'error' });
    }
  }

  let pending: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = client.subscribe((event) => {
    if (event.dossierIds.length === 0 && event.riskTypeIds.length === 0) return;
    clearTimeout(pending);
    pending = setTimeout(() => void reload(), 60);
  });
  void reload();

  return {
    title: t.salesTitle,
    element,
    dispose() {
      clearTimeout(pending);
      unsubscribe();
      version += 1;
    },
  };
}
