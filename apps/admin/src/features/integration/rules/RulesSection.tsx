import { useMemo, useState } from 'react';
import type { CategoryRuleFieldsFragment } from '../../../gql/graphql.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { Dialog } from '../../../ui/Dialog.js';
import { QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState, ErrorNotice } from '../../../ui/States.js';
import type { DataSource } from '../source.js';
import { knownValues, useStats } from '../stats/use-stats.js';
import { columnsFor } from './rule-columns.js';
import { describeRule } from './rule-text.js';
import { RuleForm } from './RuleForm.js';
import { useRuleChanges } from './use-rule-changes.js';
import { useRules } from './use-rules.js';

type Rule = CategoryRuleFieldsFragment;

/** The category rules: the first that matches a transaction decides its category. */
export function RulesSection({ source }: { source: DataSource }) {
  const readOnly = source.kind !== 'user';
  const { rules, refetch, ...status } = useRules(source);
  const changes = useRuleChanges();
  const { stats } = useStats(source);
  const { categories } = useMemo(() => knownValues(stats), [stats]);
  const [editing, setEditing] = useState<Rule | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);

  const move = (index: number, delta: -1 | 1) => {
    if (!rules) return;
    const ids = rules.map((rule) => rule.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + delta, 0, moved);
    void changes.reorder(ids);
  };
  const columns = columnsFor(
    readOnly
      ? null
      : {
          busy: changes.busy,
          count: rules?.length ?? 0,
          onMove: move,
          onEdit: setEditing,
          onDelete: setDeleting,
        },
  );

  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Category rules</h2>
      <p className="hint">
        Rules run from the top; the first that matches sets the category. Categories set by hand are
        never changed by rules.
      </p>
      <QueryTable
        rows={rules}
        status={status}
        onRetry={refetch}
        errorTitle="The rules could not be loaded."
        loadingLabel="Loading rules…"
        empty={
          <EmptyState title="No rules yet.">
            {!readOnly && <p>Add one below, for example: description contains "coffee" → Meals.</p>}
          </EmptyState>
        }
        caption="Rules in run order"
        columns={columns}
        getRowId={(rule) => rule.id}
      />
      <div role="status" className="inline-status">
        {changes.outcome}
      </div>
      {changes.error && <ErrorNotice error={changes.error} title="The rules were not changed." />}
      {!readOnly && (
        <>
          <h3>Add a rule</h3>
          <RuleForm
            submitLabel="Add rule"
            busy={changes.busy}
            categories={categories}
            onSubmit={changes.create}
          />
          <Dialog open={editing !== null} title="Edit rule" onClose={() => setEditing(null)}>
            {editing && (
              <RuleForm
                initial={editing}
                submitLabel="Save rule"
                busy={changes.busy}
                categories={categories}
                onCancel={() => setEditing(null)}
                onSubmit={async (input) => {
                  const saved = await changes.update(editing.id, input);
                  if (saved) setEditing(null);
                  return saved;
                }}
              />
            )}
          </Dialog>
          <ConfirmDialog
            open={deleting !== null}
            title="Delete this rule?"
            confirmLabel="Delete rule"
            busy={changes.busy}
            onCancel={() => setDeleting(null)}
            onConfirm={() => {
              if (deleting)
                void changes.remove(deleting.id).then((done) => done && setDeleting(null));
            }}
          >
            <p>{deleting && `${describeRule(deleting)} → ${deleting.category}`}</p>
            <p>
              Transactions it categorized fall to the next matching rule. Categories set by hand
              stay as they are.
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
