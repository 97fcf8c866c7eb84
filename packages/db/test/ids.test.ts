import { expect, it } from 'vitest';
import { newId } from '../src/index.js';

it('newId gives UUIDv7 strings that sort in creation order, even within one millisecond', () => {
  const now = Date.UTC(2025, 0, 1);
  const ids = Array.from({ length: 5000 }, () => newId(now));
  expect(
    ids.every((id) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
    ),
  ).toBe(true);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});
