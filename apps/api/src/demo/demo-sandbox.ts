import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConnectionStatus } from '@cora/core';
import { OAuthFlavor, StripeConnection, type Orm } from '@cora/db';
import { startSandbox, type AccountRecipe, type Sandbox } from '@cora/stripe-sandbox';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isAddressInUse, PortInUseError } from '../app/listen.js';
import type { TokenCipher } from '../security/token-cipher.js';

const recipeSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  charges: z.number().int().nonnegative().optional(),
  seed: z.number().int().optional(),
  currency: z.string().optional(),
  livemode: z.boolean().optional(),
  businessName: z.string().optional(),
  days: z.number().optional(),
  delayDays: z.number().optional(),
});

function definedOnly<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function jsonOrNull(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    // A line cut short by a crash.
    return null;
  }
}

function readRecipes(path: string, logger: Logger): AccountRecipe[] {
  if (!existsSync(path)) return [];
  const recipes: AccountRecipe[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = recipeSchema.safeParse(jsonOrNull(line));
    if (!parsed.success) {
      logger.warn(
        { path },
        'demo mode: an unreadable sandbox account; later ones are not made again',
      );
      break;
    }
    const { id, createdAt } = parsed.data;
    recipes.push({ ...definedOnly(parsed.data), id, createdAt });
  }
  return recipes;
}

/**
 * The demo's Stripe sandbox, which lives in memory, made to survive a restart beside the
 * database: every account it makes is noted in `<dataDir>/sandbox-accounts.jsonl`, and on
 * the next start the same accounts are made again, with the same ids and generated history.
 * Charges added later through the control API are not made again (the books keep them).
 */
export async function startDemoSandbox(
  dataDir: string,
  port: number,
  logger: Logger,
): Promise<Sandbox> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'sandbox-accounts.jsonl');
  const recipes = readRecipes(path, logger);
  let restoring = true;
  const sandbox = await startSandbox({
    port,
    authorizeCharges: 600,
    onAccountCreated: (recipe) => {
      if (!restoring) appendFileSync(path, `${JSON.stringify(recipe)}\n`, { mode: 0o600 });
    },
  }).catch((error: unknown) => {
    throw isAddressInUse(error)
      ? new PortInUseError(port, 'SANDBOX_PORT', 'the Stripe sandbox')
      : error;
  });
  for (const recipe of recipes) {
    const made = sandbox.control.createAccount(recipe);
    if (made.id !== recipe.id) {
      logger.warn(
        { expected: recipe.id, made: made.id },
        'demo mode: sandbox accounts differ from the last run',
      );
      break;
    }
  }
  restoring = false;
  if (recipes.length > 0)
    logger.info({ accounts: recipes.length }, 'demo mode: sandbox accounts made again');
  return sandbox;
}

/**
 * Has the sandbox accept again the tokens the stored connections hold, so that connections
 * made before a restart keep syncing. Returns how many were restored.
 */
export async function restoreDemoTokens(
  sandbox: Sandbox,
  orm: Orm,
  cipher: TokenCipher,
  logger: Logger,
): Promise<number> {
  const connections = await orm.em.fork().find(StripeConnection, {
    status: ConnectionStatus.CONNECTED,
    accessTokenCiphertext: { $ne: null },
  });
  let restored = 0;
  for (const connection of connections) {
    const { stripeAccountId, accessTokenCiphertext, tokenKeyId } = connection;
    if (!stripeAccountId || !accessTokenCiphertext || !tokenKeyId) continue;
    const open = (ciphertext: string): string => cipher.open({ keyId: tokenKeyId, ciphertext });
    try {
      sandbox.control.restoreGrant(stripeAccountId, {
        accessToken: open(accessTokenCiphertext),
        refreshToken: connection.refreshTokenCiphertext
          ? open(connection.refreshTokenCiphertext)
          : null,
        flavor: connection.flavor === OAuthFlavor.APPS ? 'apps' : 'connect',
        scope: connection.scope ?? 'read_write',
        accessTokenExpiresAt: connection.accessTokenExpiresAt
          ? Math.floor(connection.accessTokenExpiresAt.getTime() / 1000)
          : null,
      });
      restored += 1;
    } catch (error) {
      // An account the sandbox no longer has: that connection asks to reconnect, as before.
      logger.warn({ err: error, stripeAccountId }, 'demo mode: a connection could not be restored');
    }
  }
  return restored;
}
