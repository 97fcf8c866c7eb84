import { RE2JS } from 're2js';

/** The longest regex pattern a user rule may hold. */
export const MAX_REGEX_LENGTH = 200;

// RE2's approximate cost measure; `[a-z]{1000}` is about 1000. Bounds memory per match.
const MAX_PROGRAM_SIZE = 5000;

const FLAG_BITS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
};

/** A user regex compiled for RE2's linear-time engine, or why it cannot be. */
export type UserRegexResult = { ok: true; regex: RE2JS } | { ok: false; reason: string };

/**
 * Compiles a user-supplied pattern with RE2 semantics (no backreferences or lookaround), whose
 * matching time is linear in the input whatever the pattern, so a hostile pattern cannot hang
 * the process. Length and program size are bounded too.
 */
export function compileUserRegex(pattern: string, flags = ''): UserRegexResult {
  if (pattern.length > MAX_REGEX_LENGTH) {
    return { ok: false, reason: `pattern is longer than ${MAX_REGEX_LENGTH} characters` };
  }
  let bits = 0;
  for (const flag of flags) {
    const bit = FLAG_BITS[flag];
    if (bit === undefined) return { ok: false, reason: `unsupported flag "${flag}" (use i, m, s)` };
    bits |= bit;
  }
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(pattern, bits);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `unsupported or invalid pattern (${detail})` };
  }
  if (regex.programSize() > MAX_PROGRAM_SIZE) {
    return { ok: false, reason: 'pattern is too complex (repetition counts too large)' };
  }
  return { ok: true, regex };
}
