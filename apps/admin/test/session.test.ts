import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readToken, takeToken } from '../src/auth/token.js';
import { renderApp, renderSignedOut } from './support/render.js';

function jwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

const inAnHour = Math.floor(Date.now() / 1000) + 3600;

describe('reading a token', () => {
  it('takes the user id and role from the payload', () => {
    expect(readToken(jwt({ sub: 'u-1', role: 'support', exp: inAnHour }))).toMatchObject({
      session: { userId: 'u-1', role: 'support' },
    });
  });

  it('treats a token without a role as a user, like the server', () => {
    expect(readToken(jwt({ sub: 'u-1' }))).toMatchObject({ session: { role: 'user' } });
  });

  it('accepts a pasted "Bearer …" value', () => {
    const token = jwt({ sub: 'u-1' });
    expect(readToken(`Bearer ${token}\n`)).toMatchObject({ session: { token } });
  });

  it('refuses expired, malformed and unknown-role tokens', () => {
    expect(readToken(jwt({ sub: 'u-1', exp: 1000 }))).toEqual({ problem: 'expired' });
    expect(readToken('not-a-token')).toEqual({ problem: 'malformed' });
    expect(readToken(jwt({ sub: 'u-1', role: 'admin' }))).toEqual({ problem: 'malformed' });
    expect(readToken(jwt({ role: 'user' }))).toEqual({ problem: 'malformed' });
  });
});

describe('the token in the address bar', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('moves ?token= into this tab’s storage and out of the URL', () => {
    const token = jwt({ sub: 'u-1' });
    window.history.replaceState(null, '', `/integrations/stripe?token=${token}&connected=1#top`);
    expect(takeToken()).toBe(token);
    expect(window.location.search).toBe('?connected=1');
    expect(window.location.hash).toBe('#top');
    expect(window.sessionStorage.getItem('cora.token')).toBe(token);
    window.history.replaceState(null, '', '/');
    expect(takeToken()).toBe(token);
  });
});

describe('signing in and out', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('explains a token it cannot read, and signs in with a good one', async () => {
    window.history.replaceState(null, '', '/');
    renderSignedOut();
    const field = screen.getByLabelText('Access token');
    await userEvent.type(field, 'garbage');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    const token = jwt({ sub: 'u-1', role: 'user', exp: inAnHour });
    await userEvent.clear(field);
    await userEvent.click(field);
    await userEvent.paste(token);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('signed in')).toBeTruthy();
    expect(window.sessionStorage.getItem('cora.token')).toBe(token);
  });

  it('says why an expired link does not sign in', () => {
    window.history.replaceState(null, '', `/?token=${jwt({ sub: 'u-1', exp: 1000 })}`);
    renderSignedOut();
    expect(screen.getByRole('status').textContent).toContain('Your session has expired');
    expect(window.sessionStorage.getItem('cora.token')).toBeNull();
  });

  it('signs out to the sign-in screen and forgets the token', async () => {
    window.sessionStorage.setItem('cora.token', 'x');
    renderApp({ path: '/integrations/stripe', responders: {} });
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByLabelText('Access token')).toBeTruthy();
    expect(window.sessionStorage.getItem('cora.token')).toBeNull();
  });
});
