import { describe, expect, it } from 'vitest';
import { actionText, detailsText } from '../src/features/support/audit-words.js';

describe('audit entries in words', () => {
  it('names the actions support takes', () => {
    expect(actionText('read_connection')).toBe('Viewed the connection');
    expect(actionText('sync_connection')).toBe('Started a sync');
    expect(actionText('retry_webhook_event')).toBe('Retried a webhook event');
    expect(actionText('read_balance_entries')).toBe('Read balance entries');
  });

  it('says what the details mean, never as JSON', () => {
    expect(detailsText('sync_connection', { full: true })).toBe('Full re-import');
    expect(detailsText('sync_connection', { full: false })).toBe('New and changed charges only');
    expect(detailsText('retry_webhook_event', { eventId: 'evt_1' })).toBe('Event evt_1');
    expect(detailsText('read_connection', {})).toBe('—');
    expect(detailsText('list_connections', { search: 'bakery', status: null })).toBe(
      'Search: bakery · Status: —',
    );
  });
});
