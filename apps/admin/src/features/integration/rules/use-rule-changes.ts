import { useState } from 'react';
import { useMutation, type CombinedError, type OperationResult } from 'urql';
import type { CategoryRuleChangeFieldsFragment, CategoryRuleInput } from '../../../gql/graphql.js';
import {
  CreateRuleMutation,
  DeleteRuleMutation,
  ReorderRulesMutation,
  UpdateRuleMutation,
} from './rules.documents.js';
import { recategorizedText } from './rule-text.js';

/** The four rule changes; each reports how many transactions it recategorized. */
export function useRuleChanges() {
  const [created, create] = useMutation(CreateRuleMutation);
  const [updated, update] = useMutation(UpdateRuleMutation);
  const [deleted, remove] = useMutation(DeleteRuleMutation);
  const [reordered, reorder] = useMutation(ReorderRulesMutation);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);

  const settle = async <T>(
    pending: Promise<OperationResult<T>>,
    pick: (data: T) => CategoryRuleChangeFieldsFragment,
    verb: string,
  ): Promise<boolean> => {
    const result = await pending;
    if (result.error || !result.data) {
      setError(result.error ?? null);
      return false;
    }
    setError(null);
    setOutcome(`${verb} ${recategorizedText(pick(result.data).recategorizedCount)}`);
    return true;
  };

  return {
    busy: created.fetching || updated.fetching || deleted.fetching || reordered.fetching,
    outcome,
    error,
    create: (input: CategoryRuleInput) =>
      settle(create({ input }), (data) => data.createCategoryRule, 'Rule added.'),
    update: (id: string, input: CategoryRuleInput) =>
      settle(update({ id, input }), (data) => data.updateCategoryRule, 'Rule saved.'),
    remove: (id: string) =>
      settle(remove({ id }), (data) => data.deleteCategoryRule, 'Rule deleted.'),
    reorder: (ids: string[]) =>
      settle(reorder({ ids }), (data) => data.reorderCategoryRules, 'Rules reordered.'),
  };
}
