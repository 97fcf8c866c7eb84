import type { Sandbox } from '@cora/stripe-sandbox';

/** The fields of a Stripe charge the tests compare with what the console shows. */
export interface ChargeSummary {
  id: string;
  status: string;
  amount: number;
  currency: string;
  description: string | null;
}

interface StripeList<T> {
  data: T[];
  has_more: boolean;
}

/**
 * Every object of a list endpoint (`/v1/charges`, `/v1/payouts`, …) of a connected account,
 * read from the sandbox's Stripe API as the platform (secret key plus `Stripe-Account`).
 */
export async function listAll<T extends { id: string }>(
  sandbox: Sandbox,
  accountId: string,
  path: string,
  params: Record<string, string> = {},
): Promise<T[]> {
  const objects: T[] = [];
  let after: string | undefined;
  for (;;) {
    const url = new URL(path, sandbox.url);
    url.searchParams.set('limit', '100');
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    if (after) url.searchParams.set('starting_after', after);
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${sandbox.platform.secretKey}`,
        'stripe-account': accountId,
      },
    });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    const page = (await response.json()) as StripeList<T>;
    objects.push(...page.data);
    after = page.data.at(-1)?.id;
    if (!page.has_more || after === undefined) return objects;
  }
}

/** Every charge of a connected account, so a test knows what a sync should import. */
export function listCharges(sandbox: Sandbox, accountId: string): Promise<ChargeSummary[]> {
  return listAll<ChargeSummary>(sandbox, accountId, '/v1/charges');
}
