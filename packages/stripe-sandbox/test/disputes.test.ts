import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, controlCall, emptyAccount, testSandbox } from './helpers.js';

const DAY = 86_400;
const START = Date.UTC(2026, 5, 10, 12) / 1000;

const idOf = (field: string | { id: string } | null): string =>
  typeof field === 'string' ? field : (field?.id ?? '');

describe('disputes', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await testSandbox({ startTime: START });
  });
  afterAll(() => sandbox.close());

  it('refuses to refund a disputed charge, through the API and the control API', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const charge = sandbox.control.addCharge(accountId, { amount: 5000 });
    const chargeId = String(charge.id);
    sandbox.control.refundCharge(chargeId, { amount: 1000 });
    sandbox.control.disputeCharge(chargeId, 'product_not_received');
    await expect(stripe.refunds.create({ charge: chargeId })).rejects.toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
      code: 'charge_disputed',
      message: `Charge ${chargeId} has been charged back; cannot issue a refund.`,
    });
    await expect(
      stripe.refunds.create({ payment_intent: String(charge.payment_intent), amount: 100 }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'charge_disputed' });
    const control = await controlCall(sandbox, 'POST', `/charges/${chargeId}/refund`, {});
    expect(control).toMatchObject({ status: 400, json: { error: { code: 'charge_disputed' } } });
    expect(() => sandbox.control.refundCharge(chargeId)).toThrow(/charged back/);
    const refunds = await stripe.refunds.list({ charge: chargeId });
    expect(refunds.data.map((refund) => refund.amount)).toEqual([1000]);
  });

  it('lists and retrieves disputes with their withdrawal, evidence and deadlines', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const ids: string[] = [];
    for (const amount of [2000, 3000, 4000]) {
      const charge = sandbox.control.addCharge(accountId, { amount });
      ids.push(String(sandbox.control.disputeCharge(String(charge.id)).id));
      sandbox.control.advanceClock(60);
    }
    const listed = await stripe.disputes.list({ limit: 2 });
    expect(listed.has_more).toBe(true);
    expect(listed.data.map((dispute) => dispute.id)).toEqual([ids[2], ids[1]]);
    const rest = await stripe.disputes.list({ limit: 2, starting_after: String(ids[1]) });
    expect(rest.data.map((dispute) => dispute.id)).toEqual([ids[0]]);
    const first = await stripe.disputes.retrieve(String(ids[0]));
    const recent = await stripe.disputes.list({ created: { gt: first.created } });
    expect(recent.data.map((dispute) => dispute.id)).toEqual([ids[2], ids[1]]);
    const byCharge = await stripe.disputes.list({ charge: idOf(first.charge) });
    expect(byCharge.data.map((dispute) => dispute.id)).toEqual([ids[0]]);

    expect(first).toMatchObject({
      object: 'dispute',
      amount: 2000,
      currency: 'usd',
      status: 'needs_response',
      is_charge_refundable: false,
      intended_submission_method: null,
      evidence_details: {
        due_by: first.created + 7 * DAY,
        has_evidence: false,
        past_due: false,
        submission_count: 0,
        submission_method: 'not_submitted',
        enhanced_eligibility: {},
      },
      payment_method_details: {
        type: 'card',
        card: { case_type: 'chargeback', network_reason_code: null },
      },
    });
    const card = first.payment_method_details?.card;
    expect(card?.network).toBe(card?.brand);
    expect(Object.values(first.evidence).filter((value) => value !== null)).toEqual([{}]);
    expect(first.evidence).toHaveProperty('uncategorized_text', null);
    expect(first.evidence).toHaveProperty('shipping_tracking_number', null);
    const [withdrawal] = first.balance_transactions;
    expect(first.balance_transactions).toHaveLength(1);
    expect(withdrawal).toMatchObject({
      type: 'adjustment',
      reporting_category: 'dispute',
      amount: -2000,
      fee: 1500,
      net: -3500,
      source: first.id,
    });
    expect(withdrawal?.fee_details).toEqual([
      expect.objectContaining({ amount: 1500, description: 'Dispute fee', type: 'stripe_fee' }),
    ]);
    await expect(stripe.balanceTransactions.retrieve(String(withdrawal?.id))).resolves.toEqual(
      withdrawal,
    );
    await expect(stripe.disputes.retrieve('dp_0000000000000000000000000')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });

  it('reinstates a won dispute’s funds and keeps the fee; a lost one stays withdrawn', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const since = sandbox.control.now() - 1;
    const won = sandbox.control.addCharge(accountId, { amount: 8000 });
    const lost = sandbox.control.addCharge(accountId, { amount: 6000 });
    const wonDispute = String(sandbox.control.disputeCharge(String(won.id)).id);
    const lostDispute = String(sandbox.control.disputeCharge(String(lost.id)).id);
    sandbox.control.advanceClock(DAY);
    const review = await controlCall(sandbox, 'POST', `/disputes/${wonDispute}/evidence`);
    expect(review.json).toMatchObject({
      status: 'under_review',
      evidence_details: { has_evidence: true, submission_count: 1, submission_method: 'manual' },
    });
    sandbox.control.advanceClock(10 * DAY);
    const closed = await controlCall(sandbox, 'POST', `/disputes/${wonDispute}/close`, {
      outcome: 'won',
    });
    expect(closed.json).toMatchObject({ status: 'won' });
    sandbox.control.closeDispute(lostDispute, 'lost');
    expect(() => sandbox.control.closeDispute(lostDispute, 'won')).toThrow(/already closed/);

    const dispute = await stripe.disputes.retrieve(wonDispute);
    expect(dispute.balance_transactions.map((txn) => txn.reporting_category)).toEqual([
      'dispute',
      'dispute_reversal',
    ]);
    const reversal = dispute.balance_transactions[1];
    expect(reversal).toMatchObject({
      type: 'adjustment',
      amount: 8000,
      fee: 0,
      net: 8000,
      source: wonDispute,
    });
    const net = dispute.balance_transactions.reduce((sum, txn) => sum + txn.net, 0);
    expect(net).toBe(-1500);
    const lostOne = await stripe.disputes.retrieve(lostDispute);
    expect(lostOne.status).toBe('lost');
    expect(lostOne.balance_transactions).toHaveLength(1);
    const bySource = await stripe.balanceTransactions.list({ source: wonDispute });
    expect(bySource.data).toHaveLength(2);

    const events = await stripe.events
      .list({ created: { gt: since }, type: 'charge.dispute.*', limit: 100 })
      .autoPagingToArray({ limit: 100 });
    const about = (id: string): string[] =>
      events
        .filter((event) => (event.data.object as Stripe.Dispute).id === id)
        .map((event) => event.type)
        .reverse();
    expect(about(wonDispute)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.updated',
      'charge.dispute.closed',
      'charge.dispute.funds_reinstated',
    ]);
    expect(about(lostDispute)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.closed',
    ]);
    const closedEvent = events.find(
      (event) => event.type === 'charge.dispute.closed' && event.data.object.id === wonDispute,
    );
    expect(closedEvent?.data.previous_attributes).toEqual({ status: 'under_review' });
    // Once won, the charge may be refunded again.
    await expect(
      stripe.refunds.create({ charge: String(won.id), amount: 500 }),
    ).resolves.toMatchObject({ amount: 500, status: 'succeeded' });
  });

  it('generates disputes won, lost and open, with their events of the last 30 days', async () => {
    const { stripe } = connectedAccount(sandbox, 4000, 31);
    const all = await stripe.disputes.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    const statuses = new Set(all.map((dispute) => dispute.status));
    expect(statuses).toContain('won');
    expect(statuses).toContain('lost');
    for (const dispute of all) {
      const reversals = dispute.balance_transactions.filter(
        (txn) => txn.reporting_category === 'dispute_reversal',
      );
      expect(reversals).toHaveLength(dispute.status === 'won' ? 1 : 0);
      if (dispute.status === 'won') expect(dispute.evidence_details.has_evidence).toBe(true);
    }
    const charges = await stripe.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    expect(charges.filter((charge) => charge.disputed)).toHaveLength(all.length);
    const now = sandbox.control.now();
    const events = await stripe.events
      .list({ type: 'charge.dispute.*', limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    const recent = all.filter((dispute) => dispute.created >= now - 30 * DAY);
    const created = events.filter((event) => event.type === 'charge.dispute.created');
    expect(created.map((event) => event.data.object.id).sort()).toEqual(
      recent.map((dispute) => dispute.id).sort(),
    );
    expect(created.every((event) => event.data.object.status === 'needs_response')).toBe(true);
    const reinstated = events.filter((event) => event.type === 'charge.dispute.funds_reinstated');
    for (const event of reinstated) {
      const object = event.data.object;
      expect(object.status).toBe('won');
      expect(object.balance_transactions).toHaveLength(2);
    }
  });
});
