import type { Express } from 'express';
import { keysetArg, pageSizeArg } from '../../graphql/args.js';
import { parseListQuery } from '../../http/list-query.js';
import { authed, REST_BASE, type RouteKit } from '../../http/rest-support.js';
import { parseTransactionFilter } from './transaction-filter.js';
import type { TransactionService } from './transaction.service.js';

/** The guide's transaction list. */
export function mountTransactionRoutes(
  app: Express,
  kit: RouteKit,
  transactions: TransactionService,
): void {
  app.get(
    `${REST_BASE}/transactions`,
    authed(kit, async (identity, req, res) => {
      const { first, after, ...filter } = parseListQuery(req.query);
      res.json(
        await transactions.list(kit.orm.em.fork(), identity.userId, {
          first: pageSizeArg(first, 50),
          after: keysetArg(after),
          filter: parseTransactionFilter(filter),
        }),
      );
    }),
  );
}
