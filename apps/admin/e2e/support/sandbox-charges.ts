import type { Sandbox } from '@cora/stripe-sandbox';

/** The fields of a Stripe charge the tests compare with what the console shows. */
export interface ChargeSummary {
  id: string;
  status: string;
  amount: number;
  currency: string;
  description: string | null;
}

interface ChargeList {
  data: ChargeSummary[];
  has_more: boolean;
}

/**
 * Every charge of a connected account, read from the sandbox's Stripe API as the platform
 * (secret key plus `Stripe-Account`), so a test knows what a sync should import.
 */
export async function listCharges(sandbox: Sandbox, accountId: string): Promise<ChargeSummary[]> {
  const charges: ChargeSummary[] = [];
  let after: string | undefined;
  for (;;) {
    const url = new URL('/v1/charges', sandbox.url);
    url.searchParams.set('limit', '100');
    if (after) url.searchParams.set('starting_after', after);
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${sandbox.platform.secretKey}`,
        'stripe-account': accountId,
      },
    });
    if (!response.ok) throw new Error(`GET /v1/charges answered ${response.status}`);
    const page = (await response.json()) as ChargeList;
    charges.push(...page.data);
    after = page.data.at(-1)?.id;
    if (!page.has_more || after === undefined) return charges;
  }
}
