import { Kind, type DocumentNode } from 'graphql';
import { CombinedError, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { fromArray, map, merge, never, pipe, type Source } from 'wonka';

/** What the fake server answers to one operation. */
export type Answer =
  | { data: unknown }
  | { events: unknown[] }
  | { stream: Source<unknown> }
  | { error: string; code?: string }
  | { network: true }
  | 'pending';

/** Answers by operation name; the function sees the operation's variables. */
export type Responders = Record<string, (variables: Record<string, unknown>) => Answer>;

/** One call the app made. */
export interface Call {
  name: string;
  variables: Record<string, unknown>;
}

function operationName(query: DocumentNode): string {
  for (const definition of query.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
      return definition.name.value;
  }
  return 'anonymous';
}

type Single = Exclude<Answer, 'pending' | { events: unknown[] } | { stream: Source<unknown> }>;

function result(request: GraphQLRequest, answer: Single) {
  const base = { operation: request, stale: false, hasNext: false } as unknown as OperationResult;
  if ('network' in answer) {
    return { ...base, error: new CombinedError({ networkError: new Error('Failed to fetch') }) };
  }
  if ('error' in answer) {
    const extensions = answer.code ? { code: answer.code } : {};
    return {
      ...base,
      error: new CombinedError({ graphQLErrors: [{ message: answer.error, extensions }] }),
    };
  }
  return { ...base, data: answer.data };
}

/**
 * A urql client for component tests, as urql's testing guide describes: each execute*
 * method returns a wonka source of canned results; `{ events: [a, b] }` emits a, then b;
 * `{ stream }` emits the data a test pushes into it (a wonka subject's source).
 * An unknown operation never answers (the loading state).
 */
export function fakeClient(responders: Responders): { client: Client; calls: Call[] } {
  const calls: Call[] = [];
  const execute = (request: GraphQLRequest): Source<OperationResult> => {
    const name = operationName(request.query);
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    const respond = responders[name];
    const answer = respond ? respond(variables) : 'pending';
    if (answer === 'pending') return never;
    if ('stream' in answer)
      return pipe(
        answer.stream,
        map((data) => result(request, { data })),
      );
    const results =
      'events' in answer
        ? answer.events.map((data) => result(request, { data }))
        : [result(request, answer)];
    // A real client's sources stay open (the cache may push updates); ending them would
    // make useQuery drop an error it has just shown.
    return merge([fromArray(results), never]);
  };
  const client = {
    executeQuery: execute,
    executeMutation: execute,
    executeSubscription: execute,
  } as unknown as Client;
  return { client, calls };
}
