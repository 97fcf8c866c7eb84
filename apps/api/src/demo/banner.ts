/** What `npm start` and `npm run dev` print once the API listens. */
export interface DemoLinks {
  /** Where the console is served: the API itself, or the Vite dev server in `npm run dev`. */
  frontendUrl: string;
  /** The API's own address (GraphQL). */
  apiUrl: string;
  userToken: string;
  supportToken: string;
}

/** The ready-made links, signed in as the demo user and as support, and the GraphQL endpoint. */
export function demoBanner(links: DemoLinks): string {
  const site = links.frontendUrl.replace(/\/$/, '');
  return [
    '',
    `CORA Stripe integration (demo): the console on ${site}, the API on ${links.apiUrl}`,
    `  as a user:    ${site}/integrations/stripe?token=${links.userToken}`,
    `  as support:   ${site}/support?token=${links.supportToken}`,
    `  GraphQL:      ${links.apiUrl}/graphql`,
    '',
  ].join('\n');
}
