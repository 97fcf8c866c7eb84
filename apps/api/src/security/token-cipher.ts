import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A 256-bit AES key and the id stored beside every ciphertext it made. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Decodes a base64 (or base64url) 32-byte key; its id is a short hash, never the key. */
export function parseEncryptionKey(encoded: string): EncryptionKey {
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32) {
    throw new Error('TOKEN_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  }
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), key };
}

/** An encrypted secret as stored: AES-256-GCM, `iv.tag.ciphertext` in base64url. */
export interface Sealed {
  keyId: string;
  ciphertext: string;
}

/**
 * Encrypts Stripe tokens at rest. Seals with the current key; opens with any known key,
 * so keys can rotate while old rows are still readable.
 */
export class TokenCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly current: EncryptionKey,
    previous: readonly EncryptionKey[] = [],
  ) {
    this.keys = new Map([current, ...previous].map((k) => [k.id, k.key]));
  }

  seal(plaintext: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return { keyId: this.current.id, ciphertext: parts.join('.') };
  }

  open(sealed: Sealed): string {
    const key = this.keys.get(sealed.keyId);
    if (key === undefined) throw new Error(`No encryption key with id ${sealed.keyId}`);
    const [iv, tag, body] = sealed.ciphertext.split('.').map((p) => Buffer.from(p, 'base64url'));
    if (iv === undefined || tag === undefined || body === undefined) {
      throw new Error('Malformed sealed token');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
