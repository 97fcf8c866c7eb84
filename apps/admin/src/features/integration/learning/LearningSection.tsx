import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../../graphql/errors.js';
import { PendingQuery } from '../../../ui/States.js';
import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import {
  CategoryLearningQuery,
  SetCategoryLearningMutation,
  SupportCategoryLearningQuery,
} from './learning.documents.js';

/**
 * Categories learned from the user's corrections: how many corrections were learned, how many
 * transactions the model categorized, and (for the owner) the switch that turns it off.
 */
export function LearningSection({ source }: { source: DataSource }) {
  const { value, refetch, ...status } = useSourceQuery(source, {
    user: { query: CategoryLearningQuery, variables: {}, pick: (data) => data.categoryLearning },
    support: {
      query: SupportCategoryLearningQuery,
      variables: (userId) => ({ userId }),
      pick: (data) => data.supportCategoryLearning,
    },
  });
  const [saving, setEnabled] = useMutation(SetCategoryLearningMutation);
  // The switch shows the choice at once and keeps it until the server's value agrees; a
  // refusal shows the server's value again.
  const [choice, setChoice] = useState<boolean | null>(null);
  const toggle = async (enabled: boolean) => {
    setChoice(enabled);
    const result = await setEnabled({ enabled });
    if (result.error) setChoice(null);
  };
  const serverValue = value?.enabled;
  useEffect(() => {
    if (choice !== null && serverValue === choice) setChoice(null);
  }, [choice, serverValue]);

  return (
    <section className="card" aria-labelledby="learning-heading">
      <h2 id="learning-heading">Learned categories</h2>
      <PendingQuery
        status={status}
        loaded={value !== undefined}
        errorTitle="The learning settings could not be loaded."
        loadingLabel="Loading the learning settings…"
        onRetry={refetch}
      />
      {value && (
        <>
          <p className="hint">
            Each category set by hand teaches CORA how to categorize similar charges. A guess it is
            sure of ({Math.round(value.threshold * 100)} % or more) becomes the category; others are
            offered beside the category.
          </p>
          <dl className="facts">
            <dt>Corrections learned from</dt>
            <dd>{value.corrections}</dd>
            <dt>Transactions categorized by learning</dt>
            <dd>{value.categorizedCount}</dd>
          </dl>
          {source.kind === 'user' ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choice ?? value.enabled}
                disabled={saving.fetching}
                onChange={(event) => void toggle(event.target.checked)}
              />
              Learn categories from my corrections
            </label>
          ) : (
            <p>Learning is {value.enabled ? 'on' : 'off'}.</p>
          )}
          {saving.error && (
            <p className="field-error" role="alert">
              {describeError(saving.error)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
