import { expect } from 'chai';
import { createDossierClient, createMemoryStorage, nextReminderAt, type DossierClient, type ReminderPolicySettings } from '@dossier/core';
import { samplePdf, snapshotStorage } from '@dossier/core/testing';
import { rebuildSummaries, type StoragePort } from '@dossier/core/adapter';
import { rejects } from './support/rejects.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const DAY = 86_400_000;

/** Weekdays 09:00–18:00 Paris, steps 3, 7, 14, the broker told 2 days after the last one. */
const POLICY: ReminderPolicySettings = {
  enabled: true,
  steps: [3, 7, 14],
  maxReminders: 3,
  window: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Paris' },
  escalation: { afterDays: 2, to: 'cabinet@example.fr' },
};

/** A client on a clock the test moves; Monday 2 March 2026, 10:00 Paris. */
async function setup() {
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  let n = 0;
  const storage = createMemoryStorage();
  const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => new Date(now) });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.dossiers.open({ id: 'D1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return { client, storage, permis, advance: (ms: number) => (now += ms), at: () => new Date(now) };
}

/** Sends whatever is due, as a scheduler would, and returns it. */
async function sendDue(client: DossierClient, id = 'D1') {
  const email = await client.reminders.due(id, {
    uploadUrl: 'https://portal.example.fr/u/abc',
    unsubscribeUrl: 'https://crm.example.fr/stop/abc',
  });
  if (!email) return null;
  const key = email.due.kind === 'step' ? `step-${email.due.step}` : 'escalation';
  await client.reminders.record(id, email, { id: `${id}-${key}`, transport: 'smtp' });
  return email;
}

/** Stored summaries equal the ones rebuilt from every record. */
async function expectSummariesConsistent(storage: StoragePort, at: Date) {
  const snapshot = await snapshotStorage(storage);
  const pieces = (await Promise.all(snapshot.riskTypes.map((r) => storage.listChildren('piece', r.id)))).flat();
  const rebuilt = rebuildSummaries(
    {
      dossiers: snapshot.dossiers,
      pieces,
      documents: snapshot.documents,
      summaries: snapshot.summaries,
      reminders: snapshot.reminders,
      schedules: snapshot.schedules,
    },
    at,
  );
  const strip = ({ revision: _r, ...rest }: { revision: number }) => rest;
  expect(snapshot.summaries.map((s) => strip(s))).to.deep.equal(rebuilt.map((s) => strip(s)));
}

describe('client.reminders: automatic schedules', () => {
  it('sends steps 3, 7, 14 inside the window, once each, then escalates once to the broker', async () => {
    const { client, storage, advance, at } = await setup();
    await client.reminderPolicies.put('auto', POLICY);
    const schedule = await client.reminders.schedule('D1');
    expect(schedule).to.include({ state: 'active', dossierId: 'D1', locale: 'fr' });
    let plan = await client.reminders.plan('D1');
    expect(plan).to.include({ status: 'active', due: null, nextAt: '2026-03-05T09:00:00.000Z' });
    expect(plan.next).to.deep.equal({ kind: 'step', step: 1 });
    expect(await sendDue(client)).to.equal(null);

    const sent: string[] = [];
    for (let hour = 0; hour < 24 * 25; hour += 1) {
      advance(3_600_000);
      const email = await sendDue(client);
      if (email) sent.push(`${email.due.kind === 'step' ? `step ${email.due.step}` : 'escalation'} ${at().toISOString()} ${email.to}`);
    }
    expect(sent).to.deep.equal([
      'step 1 2026-03-05T09:00:00.000Z jeanne@example.fr',
      'step 2 2026-03-09T09:00:00.000Z jeanne@example.fr',
      'step 3 2026-03-16T09:00:00.000Z jeanne@example.fr',
      'escalation 2026-03-18T09:00:00.000Z cabinet@example.fr',
    ]);
    plan = await client.reminders.plan('D1');
    expect(plan).to.include({ status: 'escalated', sent: 3, lastStep: 3, nextAt: null });
    const history = await client.reminders.list('D1');
    expect(history.map((r) => r.origin)).to.deep.equal(['escalation', 'automatic', 'automatic', 'automatic']);
    expect(history.map((r) => r.step)).to.deep.equal([undefined, 3, 2, 1]);
    // "Relances épuisées" in the audit.
    const exhausted = await client.audit({ phase: ['proposal'], onlyRemindersExhausted: true });
    expect(exhausted.items.map((row) => row.id)).to.deep.equal(['D1']);
    await expectSummariesConsistent(storage, at());
  });

  it('writes a multipart e-mail with the upload and unsubscribe links, the client’s text escaped in HTML', async () => {
    const { client, advance } = await setup();
    await client.dossiers.open({ id: 'D2', riskTypeId: 'auto', client: { id: 'c2', name: `Jean ${HOSTILE}`, email: 'jean@example.fr' } });
    await client.reminders.schedule('D2', { locale: 'en' });
    advance(3 * DAY);
    const email = await client.reminders.due('D2', {
      uploadUrl: 'https://portal.example.fr/u/x?a=1&b=2',
      unsubscribeUrl: 'https://crm.example.fr/stop/x',
    });
    expect(email).to.not.equal(null);
    expect(email?.locale).to.equal('en');
    expect(email?.text).to.contain('https://portal.example.fr/u/x?a=1&b=2');
    expect(email?.text).to.contain('Permis de conduire');
    expect(email?.html).to.contain('https://portal.example.fr/u/x?a=1&amp;b=2');
    expect(email?.html).to.not.contain('<img');
    expect(email?.unsubscribeUrl).to.equal('https://crm.example.fr/stop/x');
    await rejects(() => client.reminders.due('D2', { uploadUrl: 'javascript:alert(1)' }), 'invalid-input');
  });

  it('stops when the dossier is complete, and does not send the steps missed during a pause at once', async () => {
    const { client, permis, advance } = await setup();
    await client.reminders.schedule('D1');
    advance(3 * DAY);
    expect((await sendDue(client))?.due).to.deep.equal({ kind: 'step', step: 1 });
    await client.reminders.pause('D1');
    expect((await client.reminders.plan('D1')).status).to.equal('paused');
    advance(10 * DAY);
    expect(await sendDue(client)).to.equal(null);
    await client.reminders.resume('D1');
    // Paused 10 days: step 2 (day 7) moves to day 17, not now (day 13).
    expect(await sendDue(client)).to.equal(null);
    const plan = await client.reminders.plan('D1');
    expect(plan.next).to.deep.equal({ kind: 'step', step: 2 });
    expect(Date.parse(plan.nextAt as string)).to.be.at.least(Date.parse('2026-03-02T09:00:00.000Z') + 17 * DAY);
    await client.documents.add('D1', { blob: samplePdf('permis'), name: 'permis.pdf' }, { pieceId: permis.id });
    advance(30 * DAY);
    expect(await client.reminders.plan('D1')).to.include({ status: 'complete', due: null, nextAt: null });
    expect(await sendDue(client)).to.equal(null);
  });

  it('stops for good when the client asks, and when the dossier is archived or lost', async () => {
    const { client, advance } = await setup();
    await client.reminders.schedule('D1');
    await client.reminders.stop('D1', 'client');
    advance(20 * DAY);
    expect(await client.reminders.plan('D1')).to.include({ status: 'stopped', due: null });
    await rejects(() => client.reminders.resume('D1'), 'invalid-transition');
    await rejects(() => client.reminders.pause('D1'), 'invalid-transition');
    await client.reminders.schedule('D1');
    await client.dossiers.markLost('D1');
    expect((await client.reminders.plan('D1')).status).to.equal('closed');
    await rejects(() => client.reminders.schedule('D1'), 'invalid-transition');
  });

  it('records a step once: the same id again returns the first record, another id for that step is refused', async () => {
    const { client, advance } = await setup();
    await client.reminders.schedule('D1');
    advance(3 * DAY);
    const email = await client.reminders.due('D1');
    expect(email).to.not.equal(null);
    if (!email) return;
    const first = await client.reminders.record('D1', email, { id: 'outbox-1', transport: 'smtp' });
    const again = await client.reminders.record('D1', email, { id: 'outbox-1', transport: 'smtp' });
    expect(again).to.deep.equal(first);
    await rejects(() => client.reminders.record('D1', email, { id: 'outbox-2', transport: 'smtp' }), 'invalid-transition');
    expect(await client.reminders.list('D1')).to.have.length(1);
  });

  it('counts manual reminders in the maximum and keeps a day between two reminders', async () => {
    const { client, advance } = await setup();
    await client.reminderPolicies.put(null, { ...POLICY, maxReminders: 2, escalation: null });
    await client.reminders.schedule('D1');
    advance(3 * DAY - 3_600_000);
    await client.reminders.send('D1', await client.reminders.compose('D1'), { name: 'callback', send: async () => undefined });
    advance(3_600_000);
    // Step 1 is due by its day, but the manual reminder went an hour ago.
    expect(await sendDue(client)).to.equal(null);
    advance(DAY);
    expect((await sendDue(client))?.due).to.deep.equal({ kind: 'step', step: 1 });
    advance(20 * DAY);
    expect(await sendDue(client)).to.equal(null);
    expect(await client.reminders.plan('D1')).to.include({ status: 'exhausted', sent: 2 });
  });

  it('resolves policies: the risk type’s, else the cabinet’s, else the built-in one; a running schedule keeps its copy', async () => {
    const { client } = await setup();
    expect((await client.reminderPolicies.get('auto')).source).to.equal('default');
    await client.reminderPolicies.put(null, { ...POLICY, steps: [2] });
    expect(await client.reminderPolicies.get('auto')).to.deep.include({ source: 'cabinet' });
    await client.reminderPolicies.put('auto', POLICY);
    const effective = await client.reminderPolicies.get('auto');
    expect(effective.source).to.equal('riskType');
    expect(effective.policy.steps).to.deep.equal([3, 7, 14]);
    const schedule = await client.reminders.schedule('D1');
    await client.reminderPolicies.put('auto', { ...POLICY, steps: [1] });
    expect((await client.reminders.plan('D1')).schedule?.policy.steps).to.deep.equal(schedule.policy.steps);
    await client.reminderPolicies.remove('auto');
    expect((await client.reminderPolicies.get('auto')).source).to.equal('cabinet');
    await client.reminderPolicies.put('auto', { ...POLICY, enabled: false });
    await client.dossiers.open({ id: 'D3', riskTypeId: 'auto', client: { id: 'c3', name: 'Paul', email: 'paul@example.fr' } });
    await rejects(() => client.reminders.schedule('D3'), 'invalid-transition');
  });

  it('refuses hostile input with typed errors and stores nothing', async () => {
    const { client, storage } = await setup();
    const before = await snapshotStorage(storage);
    const bad: unknown[] = [
      { ...POLICY, steps: [7, 3] },
      { ...POLICY, steps: [] },
      { ...POLICY, steps: [1.5] },
      { ...POLICY, maxReminders: 0 },
      { ...POLICY, window: { ...POLICY.window, timeZone: 'Mars/Olympus' } },
      { ...POLICY, window: { ...POLICY.window, from: '18:00', to: '09:00' } },
      { ...POLICY, window: { ...POLICY.window, days: [] } },
      { ...POLICY, window: { ...POLICY.window, days: [8] } },
      { ...POLICY, escalation: { afterDays: 2, to: `a@b.fr\r\nBcc: x@y.fr` } },
      { ...POLICY, extra: HOSTILE },
      null,
      HOSTILE,
    ];
    for (const policy of bad) await rejects(() => client.reminderPolicies.put('auto', policy as ReminderPolicySettings), 'invalid-input');
    await rejects(() => client.reminderPolicies.put('nope', POLICY), 'not-found');
    await rejects(() => client.reminders.schedule('D1', { startAt: 'yesterday' }), 'invalid-input');
    await rejects(() => client.reminders.schedule('D1', { escalateTo: HOSTILE }), 'invalid-input');
    await rejects(() => client.reminders.schedule('nope'), 'not-found');
    await rejects(() => client.reminders.pause('D1'), 'not-found');
    await rejects(() => client.reminders.stop('D1', 'whim' as never), 'invalid-input');
    expect(await snapshotStorage(storage)).to.deep.equal(before);
  });

  it('gives the audit’s next reminder date from the summary, inside the window', async () => {
    const { client, at } = await setup();
    await client.reminders.schedule('D1');
    const page = await client.audit({ phase: ['proposal'] });
    const row = page.items.find((item) => item.id === 'D1');
    expect(row).to.not.equal(undefined);
    // Saturday 7 March is out of the weekday window: day 3 is Thursday 5 March, 10:00 Paris.
    expect(nextReminderAt(row as NonNullable<typeof row>, at())).to.equal('2026-03-05T09:00:00.000Z');
  });
});
