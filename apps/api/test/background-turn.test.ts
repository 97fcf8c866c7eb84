import { describe, expect, it } from 'vitest';
import { backgroundTurn } from '../src/modules/sync/background-turn.js';

describe('a sync’s turn beside the requests', () => {
  it('goes at once when no request is being served', async () => {
    let settled = false;
    const turn = backgroundTurn({ busy: () => false }).then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    await turn;
  });

  it('waits while requests are served, and goes when they are done', async () => {
    let busy = true;
    let settled = false;
    const turn = backgroundTurn({ busy: () => busy }).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    busy = false;
    await turn;
    expect(settled).toBe(true);
  });

  it('goes anyway under endless load, so a sync always moves on', async () => {
    let asked = 0;
    await backgroundTurn({ busy: () => (asked += 1) > 0 });
    expect(asked).toBeGreaterThan(1);
  });
});
