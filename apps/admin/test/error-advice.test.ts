import { describe, expect, it } from 'vitest';
import { adviceFor, type Viewer } from '../src/features/integration/connection/error-advice.js';
import type { ConnectionStatus } from '../src/gql/graphql.js';

const STATUSES: ConnectionStatus[] = ['CONNECTED', 'NEEDS_REAUTH', 'DISCONNECTED', 'NOT_CONNECTED'];
const CODES = [
  'STRIPE_AUTH',
  'STRIPE_PERMISSION',
  'STRIPE_OAUTH',
  'STRIPE_RATE_LIMITED',
  'STRIPE_UNAVAILABLE',
  'STRIPE_BAD_REQUEST',
  'STRIPE_DEAUTHORIZED',
  'INTERNAL_SERVER_ERROR',
];

/** What each screen offers in that state: the words an advice may send the reader to. */
function doable(status: ConnectionStatus, viewer: Viewer): RegExp[] {
  if (viewer === 'support')
    return [/ask the user/, ...(status === 'CONNECTED' ? [/sync again/] : [])];
  if (status === 'CONNECTED') return [/sync again/, /press "Reconnect"/];
  if (status === 'NEEDS_REAUTH') return [/press "Reconnect"/];
  return [/press "Connect Stripe"/];
}

describe('"What to do" advice', () => {
  for (const viewer of ['user', 'support'] as const) {
    for (const status of STATUSES) {
      it(`names something ${viewer} can do on a ${status} connection`, () => {
        for (const code of CODES) {
          const advice = adviceFor(status, code, viewer);
          if (advice === null) continue;
          expect(advice.text).toMatch(/^What to do: /);
          expect(advice.text).not.toMatch(/nothing/i);
          expect(doable(status, viewer).some((words) => words.test(advice.text))).toBe(true);
        }
      });
    }
  }

  it('takes a revoke from the Stripe dashboard as news, with the way back', () => {
    expect(adviceFor('DISCONNECTED', 'STRIPE_DEAUTHORIZED')).toMatchObject({
      tone: 'news',
      reconnect: false,
      text: expect.stringContaining('press "Connect Stripe"') as unknown,
    });
  });

  it('has nothing to say about a connection without an error', () => {
    expect(adviceFor('CONNECTED', null)).toBeNull();
    expect(adviceFor('DISCONNECTED', null)).toBeNull();
  });
});
