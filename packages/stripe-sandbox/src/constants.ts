/** The API version the sandbox answers with (the one `stripe` 23.1.0 pins). */
export const API_VERSION = '2026-10-28.endive';

/** The demo platform's Connect client id, for demo mode and tests. Not a real Stripe id. */
export const DEMO_CLIENT_ID = 'ca_SandboxCoraDemoPlatform0001';

/** The demo platform's secret key, valid only against the sandbox. */
export const DEMO_SECRET_KEY = 'sk_test_sandbox_CoraDemoPlatformKey0000000001';

/** Where the control API lives; Stripe has no path under it. */
export const CONTROL_PREFIX = '/_sandbox';
