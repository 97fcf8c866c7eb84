import type { Runtime } from '../runtime.js';
import { randomToken } from '../util/ids.js';
import { ControlError } from './control-error.js';

/** A platform to add; everything has a default. */
export interface NewPlatform {
  clientId?: string | undefined;
  secretKey?: string | undefined;
  name?: string | undefined;
  livemode?: boolean | undefined;
}

/** A platform's credentials; the secret key is shown once, here. */
export interface PlatformCredentials {
  clientId: string;
  secretKey: string;
  name: string;
  livemode: boolean;
}

/** Registers a platform with its own (empty) Stripe account. */
export function createPlatform(rt: Runtime, input: NewPlatform): PlatformCredentials {
  const livemode = input.livemode ?? false;
  const credentials = {
    clientId: input.clientId ?? `ca_${randomToken(28)}`,
    secretKey: input.secretKey ?? `sk_${livemode ? 'live' : 'test'}_51${randomToken(48)}`,
    name: input.name ?? 'Sandbox Platform',
    livemode,
  };
  if (rt.grants.platform(credentials.clientId) !== undefined) {
    throw new ControlError(409, `Platform ${credentials.clientId} exists`);
  }
  const account = rt.accounts.create({ livemode, businessName: credentials.name });
  rt.grants.addPlatform(
    { clientId: credentials.clientId, name: credentials.name, livemode, account },
    credentials.secretKey,
  );
  return credentials;
}
