/** A matched route: its pattern (for counters) and the path parameters. */
export interface Match<H> {
  handler: H;
  route: string;
  params: string[];
}

interface Entry<H> {
  method: string;
  route: string;
  regex: RegExp;
  handler: H;
}

/** Method + path patterns (`/v1/charges/:id`) to handlers. */
export class Router<H> {
  private readonly entries: Entry<H>[] = [];

  add(method: string, route: string, handler: H): this {
    const source = route
      .split('/')
      .map((part) =>
        part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    this.entries.push({ method, route, regex: new RegExp(`^${source}/?$`), handler });
    return this;
  }

  match(method: string, path: string): Match<H> | null {
    for (const entry of this.entries) {
      if (entry.method !== method) continue;
      const found = entry.regex.exec(path);
      if (found !== null) {
        return {
          handler: entry.handler,
          route: entry.route,
          params: found.slice(1).map(decodeURIComponent),
        };
      }
    }
    return null;
  }
}
