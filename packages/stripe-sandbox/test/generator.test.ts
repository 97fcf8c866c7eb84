import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { CATALOG } from '../src/data/catalog.js';
import { connectedAccount, testSandbox } from './helpers.js';

describe('generated accounts', () => {
  let sandbox: Sandbox;
  let charges: Stripe.Charge[];

  beforeAll(async () => {
    sandbox = await testSandbox();
    charges = await connectedAccount(sandbox, 5000, 21)
      .stripe.charges.list({ limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
  });
  afterAll(() => sandbox.close());

  it('is deterministic for a seed', async () => {
    const twin = await testSandbox({ startTime: sandbox.control.now() });
    try {
      const again = await connectedAccount(twin, 5000, 21)
        .stripe.charges.list({ limit: 100 })
        .autoPagingToArray({ limit: 10_000 });
      const strip = (charge: Stripe.Charge) => ({ ...charge, receipt_url: null, created: 0 });
      expect(again.map(strip)).toEqual(charges.map(strip));
    } finally {
      await twin.close();
    }
  });

  it('spreads charges over the last 90 days with same-second ties', () => {
    const now = sandbox.control.now();
    expect(
      charges.every((charge) => charge.created <= now && charge.created >= now - 90 * 86_400),
    ).toBe(true);
    const seconds = new Set(charges.map((charge) => charge.created));
    expect(seconds.size).toBeLessThan(charges.length - 100);
  });

  it('has several currencies, zero- and three-decimal ones included', () => {
    const currencies = new Set(charges.map((charge) => charge.currency));
    for (const code of ['usd', 'eur', 'gbp', 'jpy', 'kwd']) expect(currencies).toContain(code);
    const kwd = charges.filter((charge) => charge.currency === 'kwd');
    expect(kwd.every((charge) => charge.amount % 10 === 0)).toBe(true);
  });

  it('has failed charges, full and partial refunds, disputes, metadata categories and varied descriptions', () => {
    const failed = charges.filter((charge) => charge.status === 'failed');
    expect(failed.length).toBeGreaterThan(100);
    expect(
      failed.every(
        (charge) => !charge.paid && charge.failure_code !== null && charge.amount_captured === 0,
      ),
    ).toBe(true);
    expect(charges.some((charge) => charge.refunded)).toBe(true);
    expect(
      charges.some(
        (charge) => charge.amount_refunded > 0 && charge.amount_refunded < charge.amount,
      ),
    ).toBe(true);
    expect(charges.filter((charge) => charge.disputed).length).toBeGreaterThanOrEqual(5);
    const categories = new Set(charges.map((charge) => charge.metadata.category).filter(Boolean));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    expect(new Set(charges.map((charge) => charge.description)).size).toBeGreaterThan(40);
    expect(charges.some((charge) => charge.description === null)).toBe(true);
  });

  it('draws on the integration guide’s categories and others, in descriptions and metadata', () => {
    const described = charges.map((charge) => (charge.description ?? '').toLowerCase());
    for (const word of ['office', 'lunch', 'uber', 'software', 'advertising', 'photography']) {
      expect(described.some((description) => description.includes(word))).toBe(true);
    }
    const categories = new Set(charges.map((charge) => charge.metadata.category?.toLowerCase()));
    for (const name of [
      'office supplies',
      'transportation',
      'software & subscriptions',
      'donations',
    ]) {
      expect(categories).toContain(name);
    }
  });

  it('gives each metadata category to descriptions of that category, always in Title Case', () => {
    const categoryOf = new Map(CATALOG.map((entry) => [entry.description, entry.category]));
    const labelled = charges.filter((charge) => charge.metadata.category !== undefined);
    expect(labelled.length).toBeGreaterThan(1000);
    for (const charge of labelled) {
      const category = charge.metadata.category ?? '';
      expect(category).toMatch(/^(?:[A-Z][a-z]*|&)(?: (?:[A-Z][a-z]*|&))*$/);
      if (charge.description !== null)
        expect([charge.description, category]).toEqual([
          charge.description,
          categoryOf.get(charge.description),
        ]);
    }
    const plumbing = labelled.find((charge) => charge.description === 'Plumbing repair call-out');
    expect(plumbing?.metadata.category).toBe('Services');
  });

  it('renders the Charge shape the SDK types describe', () => {
    const charge = charges.find((item) => item.status === 'succeeded' && item.customer !== null);
    expect(charge).toMatchObject({
      object: 'charge',
      captured: true,
      paid: true,
      livemode: false,
      balance_transaction: expect.stringMatching(/^txn_/) as unknown,
      customer: expect.stringMatching(/^cus_/) as unknown,
      payment_intent: expect.stringMatching(/^pi_/) as unknown,
      receipt_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/receipts\/ch_/) as unknown,
      outcome: { type: 'authorized', seller_message: 'Payment complete.' },
      payment_method_details: {
        type: 'card',
        card: { last4: expect.stringMatching(/^\d{4}$/) as unknown },
      },
    });
    expect(charge?.currency).toBe(charge?.currency.toLowerCase());
    expect(charge).not.toHaveProperty('refunds');
  });

  it('serves the receipt page a charge points to', async () => {
    const charge = charges.find((item) => item.receipt_url !== null);
    const response = await fetch(String(charge?.receipt_url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(String(charge?.id));
  });
});
