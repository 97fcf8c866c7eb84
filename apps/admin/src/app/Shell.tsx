import { useEffect, useRef, type ReactNode } from 'react';
import { NavigationType, NavLink, useLocation, useNavigationType } from 'react-router';
import { useSession, useSignedIn } from '../auth/session.js';

const SUPPORT_LINKS = [
  { to: '/support/connections', label: 'Connections' },
  { to: '/support/runs', label: 'Sync runs' },
  { to: '/support/overview', label: 'Overview' },
];

/**
 * The frame of every signed-in page: skip link, header with navigation and sign-out, and
 * the main landmark, which takes focus after each link followed so screen readers follow.
 */
export function Shell({ children }: { children: ReactNode }) {
  const session = useSignedIn();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Redirects (REPLACE) and the first page leave focus alone, so the skip link stays first.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationType !== NavigationType.Replace) main.current?.focus();
  }, [pathname, navigationType]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          CORA{' '}
          <span className="brand-sub">{session.role === 'support' ? 'Support' : 'Stripe'}</span>
        </span>
        {session.role === 'support' && (
          <nav aria-label="Console" className="topnav">
            {SUPPORT_LINKS.map((link) => (
              <NavLink key={link.to} to={link.to}>
                {link.label}
              </NavLink>
            ))}
          </nav>
        )}
        <div className="who">
          <span className="who-id" title={session.userId}>
            {session.userId}
          </span>
          <button type="button" className="button button-small" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
