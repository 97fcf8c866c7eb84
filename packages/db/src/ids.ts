import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

// One call to the CSPRNG per 256 ids: a bulk import creates tens of thousands a second.
const POOL_IDS = 256;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomId16(): Buffer {
  if (poolOffset >= pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/**
 * A UUIDv7 string: time-ordered, so new rows land at the end of primary-key indexes and
 * ids from one process sort in creation order (a 12-bit counter orders ids of the same ms).
 */
export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = randomId16().readUInt16BE(0) & 0x3ff;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const bytes = randomId16();
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
