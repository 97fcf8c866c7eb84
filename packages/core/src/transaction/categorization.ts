/** Where a transaction's category came from. MANUAL is a person's choice: nothing overwrites it. */
export enum CategorySource {
  METADATA = 'METADATA',
  RULE = 'RULE',
  DEFAULT = 'DEFAULT',
  MANUAL = 'MANUAL',
  /** The user's own model was confident (below MANUAL, METADATA and the user's rules; above the built-in patterns). */
  LEARNED = 'LEARNED',
}

/** A category decision; `categoryRuleId` is the rule that chose it (null for DEFAULT, MANUAL and LEARNED). */
// A type literal, not an interface: the database layer reads it column by column as a record.
export type Categorization = {
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
};

/** True when two decisions agree on category, source and rule. */
export function sameCategorization(a: Categorization, b: Categorization): boolean {
  return (
    a.category === b.category &&
    a.categorySource === b.categorySource &&
    a.categoryRuleId === b.categoryRuleId
  );
}
