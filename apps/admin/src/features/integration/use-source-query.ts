import {
  useQuery,
  useSubscription,
  type AnyVariables,
  type CombinedError,
  type TypedDocumentNode,
} from 'urql';
import { supportUserId, type DataSource } from './source.js';

/** A document with its variables, and the value the caller reads from its data. */
export interface SourceRequest<Data, Variables extends AnyVariables, Value> {
  query: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  pick: (data: Data) => Value;
}

/**
 * The two documents one section reads: the signed-in user's own, and support's for the
 * user it views. Both yield the same value.
 */
export interface SourceRequests<
  Value,
  UserData,
  UserVariables extends AnyVariables,
  SupportData,
  SupportVariables extends AnyVariables,
> {
  user: SourceRequest<UserData, UserVariables, Value>;
  support: Omit<SourceRequest<SupportData, SupportVariables, Value>, 'variables'> & {
    /** The variables for the user support views. */
    variables: (userId: string) => SupportVariables;
  };
}

/** The value the source's query yields, and how it stands. */
export interface SourceQueryResult<Value> {
  value: Value | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  /** Asks the server again, past the cache. */
  refetch: () => void;
}

// Both hooks run either way (hooks keep their order); the one for the other viewer is paused.
function bothRequests<Value, UD, UV extends AnyVariables, SD, SV extends AnyVariables>(
  source: DataSource,
  requests: SourceRequests<Value, UD, UV, SD, SV>,
) {
  return {
    isUser: source.kind === 'user',
    user: requests.user,
    support: { ...requests.support, variables: requests.support.variables(supportUserId(source)) },
  };
}

/** Runs the user's query or support's, whichever the source needs; `pause` stops asking. */
export function useSourceQuery<Value, UD, UV extends AnyVariables, SD, SV extends AnyVariables>(
  source: DataSource,
  requests: SourceRequests<Value, UD, UV, SD, SV>,
  pause = false,
): SourceQueryResult<Value> {
  const { isUser, user, support } = bothRequests(source, requests);
  const [own, refetchOwn] = useQuery({
    query: user.query,
    variables: user.variables,
    pause: pause || !isUser,
  });
  const [other, refetchOther] = useQuery({
    query: support.query,
    variables: support.variables,
    pause: pause || isUser,
  });
  const state = isUser ? own : other;
  const value = isUser ? own.data && user.pick(own.data) : other.data && support.pick(other.data);
  const refetch = () => (isUser ? refetchOwn : refetchOther)({ requestPolicy: 'network-only' });
  return { value, fetching: state.fetching, error: state.error, refetch };
}

/**
 * Subscribes to the user's events or support's, whichever the source needs, folding each
 * event's value into what `reduce` keeps.
 */
export function useSourceSubscription<
  Value,
  Kept,
  UD,
  UV extends AnyVariables,
  SD,
  SV extends AnyVariables,
>(
  source: DataSource,
  requests: SourceRequests<Value, UD, UV, SD, SV>,
  reduce: (previous: Kept | undefined, value: Value) => Kept,
): { kept: Kept | undefined; error: CombinedError | undefined } {
  const { isUser, user, support } = bothRequests(source, requests);
  const [own] = useSubscription(
    { query: user.query, variables: user.variables, pause: !isUser },
    (previous: Kept | undefined, data: UD) => reduce(previous, user.pick(data)),
  );
  const [other] = useSubscription(
    { query: support.query, variables: support.variables, pause: isUser },
    (previous: Kept | undefined, data: SD) => reduce(previous, support.pick(data)),
  );
  const state = isUser ? own : other;
  return { kept: state.data, error: state.error };
}
