import { isDossierError, isValidEmail, type ClientProfile, type ProfileValue } from '@dossier/core';
import type { AppContext } from '../app/app-context.js';
import { ROUTES } from '../app/route.js';
import type { ClientKind, CrmClient } from '../crm/crm-client.js';
import { FIRST_STAGE } from '../crm/pipeline-stages.js';
import { h } from '../dom/h.js';
import { openModalDialog } from '../ui/modal-dialog.js';

/** Risk type whose profile carries the loan amount (the health questionnaire depends on it). */
const LOAN_RISK_TYPE = 'emprunteur';

let formCount = 0;

/**
 * "Nouvelle proposition": picks an existing client or creates one, and a risk
 * type, then opens the proposal's Dossier with `client.dossiers.open` and a
 * client profile (`type`, `age`, and the loan amount for a borrower's cover)
 * that the expected pieces' rules read.
 *
 * @param onCreated told the new proposal's id once it is open.
 */
export function openNewProposalDialog(context: AppContext, onCreated: (id: string) => void): void {
  const { t, client, crm } = context;
  formCount += 1;
  const uid = (name: string): string => `np-${formCount}-${name}`;

  const errorFor = (name: string) => h('p', { class: 'field-error', id: uid(`${name}-error`), hidden: true });
  const field = (name: string, label: string, control: HTMLElement, help?: string, error?: HTMLElement) => {
    const describedBy = [help ? uid(`${name}-help`) : null, error ? error.id : null].filter(Boolean).join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: control.id }, label),
      control,
      help ? h('p', { class: 'field-help', id: uid(`${name}-help`) }, help) : null,
      error ?? null,
    );
  };

  // Client: existing or new.
  const modeExisting = h('input', {
    type: 'radio',
    name: uid('mode'),
    id: uid('mode-existing'),
    value: 'existing',
    checked: true,
    'data-testid': 'client-mode-existing',
  });
  const modeNew = h('input', { type: 'radio', name: uid('mode'), id: uid('mode-new'), value: 'new', 'data-testid': 'client-mode-new' });
  const clientSelect = h(
    'select',
    { id: uid('client'), name: 'clientId', 'data-testid': 'client-select' },
    ...crm
      .clients()
      .map((c) => h('option', { value: c.id }, `${c.name} — ${c.kind === 'professionnel' ? t.kindProfessionnel : t.kindParticulier}`)),
  );
  const nameError = errorFor('name');
  const emailError = errorFor('email');
  const nameInput = h('input', { id: uid('name'), name: 'name', autocomplete: 'off', 'data-testid': 'client-name' });
  const emailInput = h('input', { id: uid('email'), name: 'email', type: 'email', autocomplete: 'off', 'data-testid': 'client-email' });
  const kindSelect = h(
    'select',
    { id: uid('kind'), name: 'kind', 'data-testid': 'client-kind' },
    h('option', { value: 'particulier' }, t.kindParticulier),
    h('option', { value: 'professionnel' }, t.kindProfessionnel),
  );
  const ageInput = h('input', {
    id: uid('age'),
    name: 'age',
    type: 'number',
    min: '16',
    max: '110',
    inputmode: 'numeric',
    'data-testid': 'client-age',
  });
  const existingFields = h('div', { class: 'subfields' }, field('client', t.chooseClient, clientSelect));
  const newFields = h(
    'div',
    { class: 'subfields', hidden: true },
    field('name', t.clientName, nameInput, undefined, nameError),
    field('email', t.clientEmail, emailInput, undefined, emailError),
    h('div', { class: 'field-row' }, field('kind', t.clientKind, kindSelect), field('age', t.clientAge, ageInput, t.clientAgeHelp)),
  );
  const syncMode = (): void => {
    existingFields.hidden = !modeExisting.checked;
    newFields.hidden = !modeNew.checked;
  };
  modeExisting.addEventListener('change', syncMode);
  modeNew.addEventListener('change', syncMode);

  // Contract: risk type, loan amount, premium.
  const riskSelect = h(
    'select',
    { id: uid('risk'), name: 'riskTypeId', required: true, 'data-testid': 'risk-select' },
    h('option', { value: '' }, t.loading),
  );
  const loanInput = h('input', {
    id: uid('loan'),
    name: 'montantPret',
    type: 'number',
    min: '0',
    step: '1000',
    inputmode: 'numeric',
    'data-testid': 'loan-amount',
  });
  const loanField = field('loan', t.loanAmount, loanInput, t.loanAmountHelp);
  loanField.hidden = true;
  const premiumInput = h('input', {
    id: uid('premium'),
    name: 'premium',
    type: 'number',
    min: '0',
    step: '10',
    inputmode: 'numeric',
    'data-testid': 'premium',
  });
  riskSelect.addEventListener('change', () => {
    loanField.hidden = riskSelect.value !== LOAN_RISK_TYPE;
  });
  void client.riskTypes.list().then(
    (riskTypes) => {
      riskSelect.replaceChildren(...riskTypes.map((r) => h('option', { value: r.id }, r.label)));
      loanField.hidden = riskSelect.value !== LOAN_RISK_TYPE;
    },
    (error: unknown) =>
      context.toaster.show(isDossierError(error) ? error.localize(context.locale).message : String(error), { tone: 'error' }),
  );

  const formError = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'new-proposal-error' });
  const submit = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'new-proposal-submit' }, t.create);
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': 'new-proposal-form' },
    h(
      'fieldset',
      null,
      h('legend', null, t.clientLegend),
      h(
        'div',
        { class: 'radio-row' },
        h('label', { class: 'radio' }, modeExisting, t.existingClient),
        h('label', { class: 'radio' }, modeNew, t.newClient),
      ),
      existingFields,
      newFields,
    ),
    h(
      'fieldset',
      null,
      h('legend', null, t.riskLegend),
      field('risk', t.riskType, riskSelect),
      loanField,
      field('premium', t.annualPremium, premiumInput),
    ),
    formError,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', 'data-testid': 'new-proposal-cancel', onclick: () => modal.close() }, t.cancel),
      submit,
    ),
  );

  const showError = (input: HTMLInputElement, error: HTMLElement, message: string | null): boolean => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    input.setAttribute('aria-invalid', String(message !== null));
    return message === null;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      formError.textContent = '';
      let crmClient: CrmClient | undefined;
      if (modeNew.checked) {
        const name = nameInput.value.trim();
        const email = emailInput.value.trim();
        const nameOk = showError(nameInput, nameError, name ? null : t.required);
        const emailOk = showError(emailInput, emailError, !email ? t.required : isValidEmail(email) ? null : t.invalidEmail);
        if (!nameOk) nameInput.focus();
        else if (!emailOk) emailInput.focus();
        if (!nameOk || !emailOk) return;
        const age = Number.parseInt(ageInput.value, 10);
        crmClient = { id: '', name, email, kind: kindSelect.value as ClientKind, age: Number.isFinite(age) ? age : null };
      } else {
        crmClient = crm.client(clientSelect.value);
      }
      const riskTypeId = riskSelect.value;
      if (!crmClient || !riskTypeId) return;
      submit.disabled = true;
      try {
        if (modeNew.checked) crmClient = crm.addClient(crmClient);
        const profile: Record<string, ProfileValue> = { type: crmClient.kind };
        if (crmClient.age !== null) profile['age'] = crmClient.age;
        const loan = Number.parseInt(loanInput.value, 10);
        if (riskTypeId === LOAN_RISK_TYPE && Number.isFinite(loan)) profile['montantPret'] = loan;
        const id = await openWithFreshNumber(context, {
          riskTypeId,
          client: { id: crmClient.id, name: crmClient.name, email: crmClient.email, profile },
        });
        const premium = Number.parseInt(premiumInput.value, 10);
        crm.putProposal({ id, clientId: crmClient.id, riskTypeId, annualPremium: Number.isFinite(premium) ? premium : 0 });
        modal.close();
        context.toaster.show(t.proposalCreated(id, crmClient.name), {
          tone: 'success',
          action: { label: t.openProposal, href: ROUTES.proposal(id) },
        });
        onCreated(id);
      } catch (error) {
        formError.textContent = isDossierError(error) ? error.localize(context.locale).message : String(error);
        submit.disabled = false;
      }
    })();
  });

  const modal = openModalDialog({
    title: t.newProposalTitle,
    body: form,
    closeLabel: t.close,
    host: context.dialogHost,
    testId: 'new-proposal-dialog',
    wide: true,
  });
  clientSelect.focus();
}

/** Opens the dossier under the CRM's next proposal number, skipping numbers already taken (e.g. after the CRM's records were cleared). */
async function openWithFreshNumber(
  context: AppContext,
  input: { riskTypeId: string; client: { id: string; name: string; email: string; profile: ClientProfile } },
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const id = context.crm.newProposalId();
    try {
      await context.client.dossiers.open({ id, ...input, stage: FIRST_STAGE });
      return id;
    } catch (error) {
      if (!(isDossierError(error) && error.code === 'conflict') || attempt >= 50) throw error;
    }
  }
}
