import { stripeErrors } from './errors.js';

/** The `expand[]` values of a request (`expand[]=a`, `expand[0]=a` or `expand=a`). */
function requested(params: URLSearchParams): string[] {
  const values: string[] = [];
  for (const [key, value] of params) {
    if (key === 'expand' || key.startsWith('expand[')) values.push(value);
  }
  return values;
}

/**
 * The expansions asked for, as item-level field names. List requests name
 * them under `data.`; anything not in `expandable` gets Stripe's 400.
 */
export function parseExpand(
  params: URLSearchParams,
  expandable: readonly string[],
  list: boolean,
): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const path of requested(params)) {
    const field = list ? (path.startsWith('data.') ? path.slice(5) : '') : path;
    if (!expandable.includes(field)) {
      throw stripeErrors.invalidParam(`This property cannot be expanded (${path}).`, 'expand');
    }
    fields.add(field);
  }
  return fields;
}
