/**
 * Production's guard against placeholder and guessable secrets: the values shipped in
 * `.env.example`, anything that still reads like a placeholder, and values whose estimated
 * entropy (per character, or per word for passphrases) is below 128 bits.
 */

/** The placeholders `.env.example` ships with; production refuses each one verbatim. */
export const ENV_EXAMPLE_PLACEHOLDERS: readonly string[] = [
  'at-least-32-characters-of-secret',
  'ca_...',
  'sk_live_...',
  'whsec_...',
  'old-key-1',
  'old-key-2',
];

/** A random secret of 32 bytes in base64 estimates at 180–220 bits; 16 bytes in hex at ~120. */
export const MIN_SECRET_BITS = 128;

/** Stripe's shortest random parts (32 base64 characters) estimate at 123 bits or more. */
export const MIN_STRIPE_SECRET_BITS = 96;

// Words that real random secrets do not contain (six letters or more, so that a random
// base64 string matches one with negligible probability).
const PLACEHOLDER_WORDS = [
  'secret',
  'password',
  'passwd',
  'changeme',
  'change-me',
  'change_me',
  'example',
  'placeholder',
  'characters',
  'default',
  'qwerty',
  'letmein',
  'replace',
  'insert',
  'sample',
];

/**
 * Estimated entropy in bits of a random-looking string: the string's empirical Shannon entropy per character times its
 * length, after collapsing repeats of a short unit (`abcabc…` counts as `abc`).
 */
export function estimateEntropyBits(value: string): number {
  const unit = shortestRepeatedUnit(value);
  const counts = new Map<string, number>();
  for (const char of unit) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / unit.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * unit.length;
}

// A word from a large dictionary carries about log2(20,000) bits, however long it is.
const BITS_PER_WORD = Math.log2(20_000);

/**
 * Entropy of a value made of words and numbers (`acme-jwt-signing-key-2026`): each word
 * counts as one draw from a dictionary, each digit as a digit. Values that are not made of
 * at least three such parts (random strings mix cases and digits) count as infinite.
 */
export function passphraseBits(value: string): number {
  const parts = value.split(/[^A-Za-z0-9]+/).filter((part) => part !== '');
  const wordy = parts.every((part) => /^([a-z]{1,16}|[A-Z][a-z]{0,15}|[A-Z]{1,8}|\d+)$/.test(part));
  if (parts.length < 3 || !wordy) return Number.POSITIVE_INFINITY;
  return parts.reduce(
    (bits, part) =>
      bits +
      (/^\d+$/.test(part)
        ? part.length * Math.log2(10)
        : Math.min(BITS_PER_WORD, part.length * Math.log2(26))),
    0,
  );
}

function shortestRepeatedUnit(value: string): string {
  for (let size = 1; size <= value.length / 2; size++) {
    if (value.length % size !== 0) continue;
    const unit = value.slice(0, size);
    if (unit.repeat(value.length / size) === value) return unit;
  }
  return value;
}

/**
 * Why `value` is not a usable production secret, or null when it is. `prefix` is a known,
 * public prefix (`sk_live_`, `whsec_`) left out of the entropy estimate; `minBits` is lower
 * for secrets Stripe issues, whose random part can be as short as 32 characters.
 */
export function weakSecretReason(
  value: string,
  { prefix = '', minBits = MIN_SECRET_BITS }: { prefix?: string; minBits?: number } = {},
): string | null {
  if (ENV_EXAMPLE_PLACEHOLDERS.includes(value)) return 'is the placeholder from .env.example';
  if (value.includes('...') || /^<.*>$/.test(value) || /x{6,}/i.test(value))
    return 'is a placeholder';
  const body = prefix !== '' && value.startsWith(prefix) ? value.slice(prefix.length) : value;
  const lower = body.toLowerCase();
  const word = PLACEHOLDER_WORDS.find((candidate) => lower.includes(candidate));
  if (word !== undefined) return `contains the word "${word}"; use random bytes`;
  const bits = Math.min(estimateEntropyBits(body), passphraseBits(body));
  if (bits < minBits)
    return `looks guessable (about ${Math.round(bits)} bits of entropy, at least ${minBits} needed); use random bytes, e.g. openssl rand -base64 32`;
  return null;
}

/** Why 32 key bytes are not random enough (all alike, a short repeat, few distinct), or null. */
export function weakKeyBytesReason(bytes: Uint8Array): string | null {
  // 32 random bytes hold ~30 distinct values; fewer than 16 happens with negligible odds.
  if (new Set(bytes).size < 16) return 'has too few distinct bytes to be random';
  return null;
}
