import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, emptyAccount, testSandbox } from './helpers.js';

const DAY = 86_400;
const START = Date.UTC(2026, 2, 2, 12) / 1000;

const idOf = (field: string | { id: string } | null): string =>
  typeof field === 'string' ? field : (field?.id ?? '');

async function txnOf(stripe: Stripe, id: string | { id: string } | null) {
  return stripe.balanceTransactions.retrieve(idOf(id));
}

/** The rate each day of a 10-day run of EUR charges settled into USD. */
async function eurRates(sandbox: Sandbox): Promise<number[]> {
  const { accountId, stripe } = emptyAccount(sandbox);
  const rates: number[] = [];
  for (let day = 0; day < 10; day += 1) {
    const charge = sandbox.control.addCharge(accountId, { amount: 10_000, currency: 'eur' });
    rates.push(Number((await txnOf(stripe, charge.balance_transaction as string)).exchange_rate));
    sandbox.control.advanceClock(DAY);
  }
  return rates;
}

describe('exchange rates', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await testSandbox({ startTime: START, seed: 5 });
  });
  afterAll(() => sandbox.close());

  it('move from day to day, the same for every account of a seed', async () => {
    const rates = await eurRates(sandbox);
    expect(new Set(rates).size).toBeGreaterThan(5);
    for (const rate of rates) expect(rate).toBeGreaterThan(1.0);
    for (const rate of rates) expect(rate).toBeLessThan(1.16);
    const twin = await testSandbox({ startTime: START, seed: 5 });
    const other = await testSandbox({ startTime: START, seed: 6 });
    try {
      expect(await eurRates(twin)).toEqual(rates);
      expect(await eurRates(other)).not.toEqual(rates);
    } finally {
      await twin.close();
      await other.close();
    }
  });

  it('hold within a day, so two charges of one day settle at one rate', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const a = sandbox.control.addCharge(accountId, { amount: 5000, currency: 'gbp' });
    sandbox.control.advanceClock(3600);
    const b = sandbox.control.addCharge(accountId, { amount: 7000, currency: 'gbp' });
    const [ta, tb] = [
      await txnOf(stripe, idOf(a.balance_transaction as string)),
      await txnOf(stripe, idOf(b.balance_transaction as string)),
    ];
    expect(ta.exchange_rate).toBe(tb.exchange_rate);
    expect(ta.amount).toBe(Math.round(50 * Number(ta.exchange_rate) * 100));
  });

  it('convert a refund at the rate of its own day: an exchange gain or loss', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const charge = sandbox.control.addCharge(accountId, { amount: 100_000, currency: 'jpy' });
    sandbox.control.advanceClock(6 * DAY);
    const refund = sandbox.control.refundCharge(String(charge.id));
    const sale = await txnOf(stripe, charge.balance_transaction as string);
    const back = await txnOf(stripe, refund.balance_transaction as string);
    expect(back.exchange_rate).not.toBe(sale.exchange_rate);
    expect(back.amount).toBe(-Math.round(100_000 * Number(back.exchange_rate) * 100));
    expect(back.amount + sale.amount).not.toBe(0);
    expect(back).toMatchObject({ currency: 'usd', fee: 0, type: 'refund' });
  });

  it('take the dispute fee in the settlement currency, whatever the charge’s currency', async () => {
    const { accountId, stripe } = emptyAccount(sandbox, { currency: 'eur' });
    const charge = sandbox.control.addCharge(accountId, { amount: 9000, currency: 'gbp' });
    const dispute = sandbox.control.disputeCharge(String(charge.id));
    const [withdrawal] = (await stripe.disputes.retrieve(String(dispute.id))).balance_transactions;
    const sale = await txnOf(stripe, charge.balance_transaction as string);
    expect(withdrawal).toMatchObject({ currency: 'eur', fee: 2000 });
    expect(withdrawal?.fee_details[0]).toMatchObject({ currency: 'eur', amount: 2000 });
    expect(withdrawal?.exchange_rate).toBe(sale.exchange_rate);
    expect(withdrawal?.amount).toBe(-sale.amount);
    expect(dispute).toMatchObject({ currency: 'gbp', amount: 9000 });
  });

  it('give generated accounts several presentment currencies settling into one, at moving rates', async () => {
    const { stripe } = connectedAccount(sandbox, 3000, 8);
    const charges = await stripe.charges
      .list({ limit: 100, expand: ['data.balance_transaction'] })
      .autoPagingToArray({ limit: 10_000 });
    const settled = charges.filter((charge) => charge.balance_transaction !== null);
    const txns = settled.map((charge) => charge.balance_transaction as Stripe.BalanceTransaction);
    expect(new Set(txns.map((txn) => txn.currency))).toEqual(new Set(['usd']));
    expect(new Set(settled.map((charge) => charge.currency)).size).toBeGreaterThanOrEqual(5);
    const eur = txns.filter((_txn, i) => settled[i]?.currency === 'eur');
    expect(new Set(eur.map((txn) => txn.exchange_rate)).size).toBeGreaterThan(10);
    const refunds = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    const foreign = refunds.filter((refund) => refund.currency !== 'usd');
    expect(foreign.length).toBeGreaterThan(0);
  });
});
