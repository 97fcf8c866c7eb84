import type { CombinedError } from 'urql';

function codes(error: CombinedError): string[] {
  return error.graphQLErrors.map((e) => {
    const code = e.extensions.code;
    return typeof code === 'string' ? code : '';
  });
}

/** True when the server no longer accepts the token (HTTP 401 or `UNAUTHENTICATED`). */
export function isUnauthenticated(error: CombinedError): boolean {
  const status = (error.response as { status?: unknown } | undefined)?.status;
  return status === 401 || codes(error).includes('UNAUTHENTICATED');
}

/** A sentence for people: the server's safe message, or what a failure class means. */
export function describeError(error: CombinedError): string {
  if (error.networkError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  const first = error.graphQLErrors[0];
  if (!first) return 'Something went wrong.';
  const code = codes(error)[0];
  if (code === 'FORBIDDEN') return 'Your account is not allowed to see this.';
  if (code === 'UNAUTHENTICATED') return 'Your session has ended; sign in again.';
  if (code === 'INTERNAL_SERVER_ERROR') {
    const requestId = first.extensions.requestId;
    const suffix = typeof requestId === 'string' ? ` (request ${requestId})` : '';
    return `Something went wrong on our side${suffix}. Try again in a moment.`;
  }
  return first.message;
}
