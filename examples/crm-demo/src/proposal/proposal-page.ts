import { isDossierError, type Dossier } from '@dossier/core';
import type { AppContext, Page } from '../app/app-context.js';
import { ROUTES } from '../app/route.js';
import { isPipelineStage, stageLabel } from '../crm/pipeline-stages.js';
import { h, replaceChildren, type Child } from '../dom/h.js';
import { icon } from '../dom/icon.js';
import { formatDate } from '../i18n/format-date.js';
import { formatMoney } from '../i18n/format-money.js';
import { openReminderDialog } from '../reminders/open-reminder-dialog.js';
import { askConfirmation } from '../ui/ask-confirmation.js';

/**
 * A proposal's (or contract's) page: its details, the lifecycle actions
 * ("Convertir en contrat", "Marquer comme perdue", "Archiver le contrat",
 * "Relancer par e-mail") and `<dossier-tracker>` — the document tracking panel
 * with its drop zones and the indexer — for the whole sale.
 */
export function createProposalPage(context: AppContext, id: string): Page {
  const { t, locale, client, crm } = context;
  const heading = h('h1', { tabindex: '-1', 'data-testid': 'proposal-title' }, t.proposalTitle(id));
  const phaseTag = h('span', { class: 'phase-tag', 'data-testid': 'proposal-phase' });
  const subtitle = h('p', { class: 'page-intro', 'data-testid': 'proposal-subtitle' });
  const details = h('dl', { class: 'details', 'data-testid': 'proposal-details' });
  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': t.actionsLabel, 'data-testid': 'proposal-actions' });
  // Outcomes are announced politely; refusals assertively.
  const outcome = h('div', { class: 'outcome', role: 'status', 'data-testid': 'proposal-outcome' });
  const refusal = h('div', { class: 'refusal', role: 'alert', 'data-testid': 'proposal-error' });
  const tracker = h('dossier-tracker', { 'dossier-id': id, 'data-testid': 'tracker' });
  const body = h(
    'div',
    { class: 'proposal-layout', hidden: true },
    h(
      'aside',
      { class: 'panel proposal-summary', 'aria-labelledby': 'details-heading' },
      h('h2', { id: 'details-heading' }, t.detailsHeading),
      details,
      actions,
      outcome,
      refusal,
    ),
    // The tracker brings its own panel and header (client, contract type, pieces to collect).
    h('section', { class: 'proposal-tracking', 'aria-label': t.trackingHeading }, tracker),
  );
  const message = h('p', { class: 'board-message', 'data-testid': 'proposal-loading' }, t.loading);
  const breadcrumb = h('ol', null, h('li', null, h('a', { href: ROUTES.sales }, t.navSales)), h('li', { 'aria-current': 'page' }, id));
  const element = h(
    'div',
    { class: 'page page-proposal', 'data-testid': 'page-proposal' },
    h('nav', { class: 'breadcrumb', 'aria-label': t.breadcrumb }, breadcrumb),
    h('header', { class: 'page-header' }, h('div', null, h('div', { class: 'title-row' }, heading, phaseTag), subtitle)),
    message,
    body,
  );

  /**
   * The action button that replaced the one with `testId` (every refresh re-creates them), else the
   * page heading: focus never falls to <body> when the button a person used is re-rendered away.
   */
  const replacementOf = (testId: string | undefined): HTMLElement =>
    (testId ? actions.querySelector<HTMLElement>(`[data-testid="${testId}"]`) : null) ?? heading;

  const messageOf = (error: unknown): string => (isDossierError(error) ? error.localize(locale).message : String(error));

  /** Runs a lifecycle action after confirmation, and says what happened. */
  const act = async (
    question: { title: string; body: string; confirm: string; danger?: boolean },
    run: () => Promise<string>,
  ): Promise<void> => {
    const openerTestId = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['testid'] : undefined;
    const confirmed = await askConfirmation({
      returnFocus: () => replacementOf(openerTestId),
      title: question.title,
      body: question.body,
      confirmLabel: question.confirm,
      cancelLabel: t.cancel,
      host: context.dialogHost,
      danger: question.danger ?? false,
    });
    if (!confirmed) return;
    outcome.textContent = '';
    refusal.replaceChildren();
    try {
      outcome.textContent = await run();
    } catch (error) {
      const incomplete = isDossierError(error) && error.code === 'incomplete-dossier';
      replaceChildren(refusal, incomplete ? h('strong', null, `${t.archiveRefused} — `) : null, messageOf(error));
    }
    await refresh();
  };

  const button = (label: string, testId: string, onclick: () => void, kind = 'button') =>
    h('button', { type: 'button', class: kind, 'data-testid': testId, onclick }, label);

  /** `requiredMissing`: the pieces still to collect, which decide the primary action of a contract. */
  const show = (dossier: Dossier, requiredMissing: number): void => {
    const record = crm.proposal(dossier.id);
    const riskLabel = riskLabels.get(dossier.riskTypeId) ?? dossier.riskTypeId;
    heading.textContent = dossier.contractId ? t.contractTitle(dossier.contractId) : t.proposalTitle(dossier.id);
    context.setNavSection(dossier.contractId ? 'contracts' : 'sales');
    // A contract is filed under Contrats, a proposal under Ventes.
    replaceChildren(
      breadcrumb,
      dossier.contractId
        ? [h('li', null, h('a', { href: ROUTES.awaitingPieces }, t.navContracts)), h('li', { 'aria-current': 'page' }, dossier.contractId)]
        : [h('li', null, h('a', { href: ROUTES.sales }, t.navSales)), h('li', { 'aria-current': 'page' }, dossier.id)],
    );
    phaseTag.textContent = t.phases[dossier.phase];
    phaseTag.dataset['phase'] = dossier.phase;
    subtitle.textContent = `${dossier.client.name} — ${riskLabel}`;
    const age = dossier.client.profile['age'];
    const kind = dossier.client.profile['type'];
    // A long address may wrap after its "@", not in the middle of a name.
    const [local, domain] = splitEmail(dossier.client.email);
    const rows: [string, Child, string][] = [
      [t.client, dossier.client.name, 'client'],
      [t.email, domain ? [`${local}@`, h('wbr'), domain] : local, 'email'],
      [t.kind, kind === 'professionnel' ? t.kindProfessionnel : kind === 'particulier' ? t.kindParticulier : '—', 'kind'],
      [t.age, typeof age === 'number' ? t.ageYears(age) : '—', 'age'],
      [t.risk, riskLabel, 'risk'],
      [t.premium, record ? `${formatMoney(record.annualPremium, locale)} ${t.perYear}` : t.noPremium, 'premium'],
      // Phase and pipeline stage are one "Étape", the word the tracker uses too.
      [
        t.stage,
        dossier.phase === 'proposal' && dossier.stage
          ? `${t.phases[dossier.phase]} · ${isPipelineStage(dossier.stage) ? stageLabel(dossier.stage, locale) : dossier.stage}`
          : t.phases[dossier.phase],
        'phase',
      ],
      [t.contractNumber, dossier.contractId ?? '—', 'contract-number'],
      [t.openedOn, formatDate(dossier.openedAt, locale), 'opened'],
    ];
    if (dossier.convertedAt) rows.push([t.convertedOn, formatDate(dossier.convertedAt, locale), 'converted']);
    replaceChildren(
      details,
      rows.map(([term, value, key]) =>
        h('div', { class: 'detail' }, h('dt', null, term), h('dd', { 'data-testid': `detail-${key}` }, value)),
      ),
    );

    const buttons: HTMLElement[] = [];
    if (dossier.phase === 'proposal') {
      buttons.push(
        button(
          t.convert,
          'convert',
          () =>
            void act({ title: t.convertTitle, body: t.convertBody, confirm: t.convert }, async () => {
              const contractId = crm.newContractId();
              await client.dossiers.convert(dossier.id, { contractId });
              return t.converted(contractId);
            }),
          'button button-primary',
        ),
        button(
          t.markLost,
          'mark-lost',
          () =>
            void act({ title: t.markLostTitle, body: t.markLostBody, confirm: t.markLost, danger: true }, async () => {
              await client.dossiers.markLost(dossier.id);
              return t.markedLost;
            }),
        ),
      );
    }
    // An incomplete contract cannot be archived (Dossier refuses): reminding the client comes first.
    const remindFirst = dossier.phase === 'contract' && requiredMissing > 0;
    if (dossier.phase === 'contract') {
      buttons.push(
        button(
          t.archiveContract,
          'archive-contract',
          () =>
            void act({ title: t.archiveTitle, body: t.archiveBody, confirm: t.archiveContract }, async () => {
              await client.dossiers.archive(dossier.id);
              return t.archived;
            }),
          remindFirst ? 'button' : 'button button-primary',
        ),
      );
    }
    if (dossier.phase === 'proposal' || dossier.phase === 'contract') {
      const remind = button(
        t.remind,
        'remind',
        () => openReminderDialog(context, dossier.id, dossier.client.name, { returnFocus: () => replacementOf('remind') }),
        remindFirst ? 'button button-primary' : 'button',
      );
      remind.prepend(icon('mail'));
      if (remindFirst) buttons.unshift(remind);
      else buttons.push(remind);
    }
    const focusedAction = actions.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['testid'] : undefined;
    replaceChildren(actions, buttons);
    if (focusedAction !== undefined) replacementOf(focusedAction).focus();
  };

  const riskLabels = new Map<string, string>();
  const refresh = async (): Promise<void> => {
    try {
      const [dossier, riskTypes, completeness] = await Promise.all([
        client.dossiers.get(id),
        riskLabels.size ? null : client.riskTypes.list(),
        client.completeness(id),
      ]);
      for (const riskType of riskTypes ?? []) riskLabels.set(riskType.id, riskType.label);
      message.hidden = true;
      body.hidden = false;
      show(dossier, completeness.requiredMissing);
    } catch (error) {
      message.hidden = false;
      body.hidden = true;
      message.textContent = isDossierError(error) && error.code === 'not-found' ? t.unknownProposal(id) : messageOf(error);
    }
  };

  const unsubscribe = client.subscribe((event) => {
    if (event.dossierIds.includes(id)) void refresh();
  });
  void refresh();

  return { title: t.proposalTitle(id), element, dispose: unsubscribe };
}

/** The parts of an address around its last "@" (`[address, '']` without one). */
function splitEmail(email: string): [string, string] {
  const at = email.lastIndexOf('@');
  return at < 0 ? [email, ''] : [email.slice(0, at), email.slice(at + 1)];
}
