import { currencyAt } from '../data/currencies.js';
import type { Reply } from '../http/exchange.js';
import { escapeHtml, page } from '../oauth/html.js';
import type { Runtime } from '../runtime.js';
import { ids } from '../util/ids.js';
import { descriptions } from '../util/interner.js';

/** `GET /receipts/:id`: the page a charge's `receipt_url` points to. */
export function receiptPage(id: string, rt: Runtime): Reply {
  const parts = ids.charge.decode(id);
  const account = parts === null ? undefined : rt.accounts.byNo(parts.accountNo);
  if (parts === null || account === undefined || !account.charges.has(parts.seq)) {
    return {
      status: 404,
      body: page('Receipt not found', '<h1>Receipt not found</h1>'),
      contentType: 'text/html; charset=utf-8',
    };
  }
  const cols = account.charges.cols;
  const currency = currencyAt(cols.currency[parts.seq] ?? 0);
  const amount = ((cols.amount[parts.seq] ?? 0) / 10 ** currency.exponent).toFixed(
    currency.exponent,
  );
  const description = descriptions.value(cols.description[parts.seq] ?? 0) ?? 'Payment';
  const paidAt = new Date((cols.created[parts.seq] ?? 0) * 1000).toISOString();
  const body = `<h1>Receipt from ${escapeHtml(account.profile.businessName)}</h1>
<p>${escapeHtml(description)}</p><p><strong>${amount} ${currency.code.toUpperCase()}</strong></p>
<p class="note">Paid ${paidAt} · ${escapeHtml(id)}</p>`;
  return { status: 200, body: page('Receipt', body), contentType: 'text/html; charset=utf-8' };
}
