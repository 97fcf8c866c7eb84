/**
 * Whose data a section shows: the signed-in user's own, or, for support staff, one
 * user's (read-only where the user owns the data).
 */
export type DataSource = { kind: 'user' } | { kind: 'support'; userId: string };

/** The signed-in user's own data. */
export const OWN_DATA: DataSource = { kind: 'user' };

/** The user id a support query needs; empty (and paused) for the user's own view. */
export function supportUserId(source: DataSource): string {
  return source.kind === 'support' ? source.userId : '';
}
