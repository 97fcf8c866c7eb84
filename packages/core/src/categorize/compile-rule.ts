import { InvalidRuleError, type CategoryRuleMatch } from './rule.schema.js';
import { compileUserRegex } from './user-regex.js';

/** What a rule looks at: a transaction's description and metadata; the learned model also reads the rest where known. */
export interface CategorizeInput {
  description: string | null;
  metadata: Record<string, string>;
  customerId?: string | null | undefined;
  amountMinor?: number | undefined;
  currency?: string | undefined;
}

/** One categorization call's input, with the lower-cased description computed at most once. */
export class MatchInput {
  #lower: string | null | undefined;

  constructor(readonly input: CategorizeInput) {}

  get lowerDescription(): string | null {
    if (this.#lower === undefined) this.#lower = this.input.description?.toLowerCase() ?? null;
    return this.#lower;
  }
}

/** Looks a metadata key up case-insensitively; an exact lower-case key wins over other spellings. */
export function metadataValue(
  metadata: Record<string, string>,
  lowerKey: string,
): string | undefined {
  if (Object.hasOwn(metadata, lowerKey)) return metadata[lowerKey];
  for (const key of Object.keys(metadata)) {
    if (key.toLowerCase() === lowerKey) return metadata[key];
  }
  return undefined;
}

// Letters, digits and underscore in any script: a word must not continue past either end.
const WORD_CHAR = '[\\p{L}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

// Literal alternatives with no quantifier: backtracking is bounded by the words' total length.
function wholeWords(words: readonly string[]): RegExp {
  const alternatives = words.map(escapeRegExp).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?!${WORD_CHAR})`, 'iu');
}

/** Compiles a rule's `match` once into a predicate that is cheap to call per transaction. */
export function compileMatch(match: CategoryRuleMatch): (input: MatchInput) => boolean {
  switch (match.type) {
    case 'description_contains': {
      const needle = match.value.toLowerCase();
      return (input) => input.lowerDescription?.includes(needle) ?? false;
    }
    case 'description_words': {
      const regex = wholeWords(match.words);
      return (input) => input.input.description !== null && regex.test(input.input.description);
    }
    case 'description_regex': {
      const compiled = compileUserRegex(match.pattern, match.flags);
      if (!compiled.ok)
        throw new InvalidRuleError(`Invalid category rule: match.pattern: ${compiled.reason}`);
      const { regex } = compiled;
      return (input) => input.input.description !== null && regex.test(input.input.description);
    }
    case 'metadata_equals': {
      const key = match.key.toLowerCase();
      const value = match.value.toLowerCase();
      return (input) => metadataValue(input.input.metadata, key)?.trim().toLowerCase() === value;
    }
  }
}
