import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError } from '../graphql/errors.js';

/** A polite loading line; screen readers hear it once. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error with what it means and, when given, a way to try again. */
export function ErrorNotice({
  error,
  title,
  onRetry,
}: {
  error: CombinedError;
  title: string;
  onRetry?: () => void;
}) {
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{title}</strong> {describeError(error)}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What an empty list means, and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** How a query stands before its data arrives. */
export interface QueryStatus {
  fetching: boolean;
  error?: CombinedError | undefined;
}

/**
 * What a query shows until it has data: its error, with a way to try again, and the
 * loading line while it asks. Nothing once `loaded`, even while it refetches.
 */
export function PendingQuery({
  status: { fetching, error },
  loaded,
  errorTitle,
  loadingLabel,
  onRetry,
}: {
  status: QueryStatus;
  loaded: boolean;
  errorTitle: string;
  loadingLabel: string;
  onRetry: () => void;
}) {
  if (loaded) return null;
  return (
    <>
      {error && <ErrorNotice error={error} title={errorTitle} onRetry={onRetry} />}
      {fetching && <Loading label={loadingLabel} />}
    </>
  );
}
