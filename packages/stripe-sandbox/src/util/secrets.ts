import { createHash } from 'node:crypto';

/** Keys are held only as digests, so no token sits in memory in plain text once issued. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

const PREFIX = /^((sk|rk|pk)_(test|live)_|rt_|ac_)/;

/** Masks a key the way Stripe quotes it in errors: prefix, stars, last four. */
export function maskKey(key: string): string {
  const prefix = PREFIX.exec(key)?.[0] ?? '';
  const rest = key.length - prefix.length;
  // Too short to show a tail without showing most of the key.
  if (rest <= 8) return prefix + '*'.repeat(rest);
  return prefix + '*'.repeat(rest - 4) + key.slice(-4);
}
