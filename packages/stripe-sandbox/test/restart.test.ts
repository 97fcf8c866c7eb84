import { afterEach, describe, expect, it } from 'vitest';
import type { AccountRecipe, Sandbox } from '../src/index.js';
import { stripeFor, testSandbox } from './helpers.js';

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

async function started(recipes: AccountRecipe[]): Promise<Sandbox> {
  const sandbox = await testSandbox({ onAccountCreated: (recipe) => recipes.push(recipe) });
  open.push(sandbox);
  return sandbox;
}

describe('a sandbox made again from an earlier run', () => {
  it('re-creates the accounts with their ids and charges, and accepts the tokens it issued', async () => {
    const recipes: AccountRecipe[] = [];
    const first = await started(recipes);
    const shop = first.control.createAccount({ charges: 30 });
    first.control.createAccount({ charges: 5, currency: 'eur' });
    const tokens = first.control.connect(shop.id);
    const before = await stripeFor(first, tokens.access_token).charges.list({ limit: 100 });
    expect(recipes.map((recipe) => recipe.id)).toEqual([shop.id, expect.any(String)]);
    await first.close();
    open.splice(0);

    const again: AccountRecipe[] = [];
    const second = await started(again);
    for (const recipe of recipes) expect(second.control.createAccount(recipe).id).toBe(recipe.id);
    const stripe = stripeFor(second, tokens.access_token);
    // Unknown to this run until restored: Stripe's "invalid API key".
    await expect(stripe.charges.list({ limit: 1 })).rejects.toMatchObject({ statusCode: 401 });

    second.control.restoreGrant(shop.id, {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      flavor: 'connect',
      scope: tokens.scope,
    });
    const after = await stripe.charges.list({ limit: 100 });
    expect(after.data.map((c) => [c.id, c.amount, c.created, c.status])).toEqual(
      before.data.map((c) => [c.id, c.amount, c.created, c.status]),
    );
    expect(after.data).toHaveLength(30);
    // The restored connection is a connection: the platform may revoke it.
    expect(second.control.deauthorize(shop.id)).toBe(2);
    await expect(stripe.charges.list({ limit: 1 })).rejects.toMatchObject({ statusCode: 401 });
  });
});
