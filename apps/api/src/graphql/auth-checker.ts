import type { AuthCheckerFn } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors/app-error.js';
import type { GraphQLContext } from './context.js';

/**
 * `@Authorized()` needs any verified caller; `@Authorized('support')` needs support staff.
 * Throws the contract's codes rather than answering false.
 */
export const authChecker: AuthCheckerFn<GraphQLContext> = ({ context }, roles) => {
  if (context.identity === null) throw context.authError ?? unauthenticated();
  if (roles.length > 0 && !roles.includes(context.identity.role)) throw forbidden();
  return true;
};
