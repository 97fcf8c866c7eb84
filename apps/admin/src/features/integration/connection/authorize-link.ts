import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';

/** Where the console starts Stripe's OAuth flow (the integration guide's `GET /auth`). */
export const AUTHORIZE_PATH = '/api/integrations/stripe/auth';

interface AuthReply {
  authUrl?: unknown;
  error?: { code?: unknown; message?: unknown; requestId?: unknown };
}

/**
 * Asks our API for a fresh authorize URL, with the bearer token in a header. The answer's
 * cookie binds the flow to this browser, so the callback can finish it here; it comes from
 * our own origin, which is why this is a same-origin fetch and not the GraphQL query.
 * Failures are CombinedErrors, so they read like every other error of the console.
 */
export async function fetchAuthorizeUrl(token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(new URL(AUTHORIZE_PATH, window.location.origin), {
      headers: { authorization: `Bearer ${token}` },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    throw new CombinedError({ networkError: cause instanceof Error ? cause : new Error('fetch') });
  }
  const reply = (await response.json().catch(() => ({}))) as AuthReply;
  if (response.ok && typeof reply.authUrl === 'string') return reply.authUrl;
  const code = typeof reply.error?.code === 'string' ? reply.error.code : 'INTERNAL_SERVER_ERROR';
  const message =
    typeof reply.error?.message === 'string' ? reply.error.message : 'Stripe could not be opened';
  throw new CombinedError({
    graphQLErrors: [
      new GraphQLError(message, {
        extensions: { code, requestId: reply.error?.requestId ?? null },
      }),
    ],
    response,
  });
}
