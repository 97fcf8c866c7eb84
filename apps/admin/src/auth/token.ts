/** The two roles CORA issues; the server enforces them, the app only routes by them. */
export type Role = 'user' | 'support';

/** What the app reads from a token's payload. The signature is the server's business. */
export interface Session {
  token: string;
  userId: string;
  role: Role;
  /** Absent when the token carries no `exp`. */
  expiresAt?: Date;
}

/** Why a token cannot be used, in words for the sign-in screen. */
export type TokenProblem = 'malformed' | 'expired';

/** The result of reading a token: a session, or the reason there is none. */
export type TokenReading = { session: Session } | { problem: TokenProblem };

const STORAGE_KEY = 'cora.token';

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Decodes a JWT's payload (without verifying it) into a session.
 * A missing `role` means `user`, as on the server.
 */
export function readToken(raw: string, now: Date = new Date()): TokenReading {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined) return { problem: 'malformed' };
  let payload: unknown;
  try {
    payload = decodeSegment(parts[1]);
  } catch {
    return { problem: 'malformed' };
  }
  if (!isRecord(payload) || typeof payload.sub !== 'string' || payload.sub === '') {
    return { problem: 'malformed' };
  }
  const role = payload.role ?? 'user';
  if (role !== 'user' && role !== 'support') return { problem: 'malformed' };
  const session: Session = { token, userId: payload.sub, role };
  if (typeof payload.exp === 'number') {
    session.expiresAt = new Date(payload.exp * 1000);
    if (session.expiresAt <= now) return { problem: 'expired' };
  }
  return { session };
}

/**
 * Moves a `?token=` from the address bar into sessionStorage (so it does not linger in
 * history or get copied with the URL) and returns the stored token, if any.
 */
export function takeToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    if (fromUrl.trim() !== '') win.sessionStorage.setItem(STORAGE_KEY, fromUrl.trim());
  }
  return win.sessionStorage.getItem(STORAGE_KEY);
}

/** Keeps a token for this browser tab only. */
export function storeToken(token: string, win: Window = window): void {
  win.sessionStorage.setItem(STORAGE_KEY, token);
}

/** Forgets the tab's token. */
export function clearToken(win: Window = window): void {
  win.sessionStorage.removeItem(STORAGE_KEY);
}
