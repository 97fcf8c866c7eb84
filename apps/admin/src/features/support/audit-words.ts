/** What each recorded support action means, in words. */
const ACTIONS: Record<string, string> = {
  read_connection: 'Viewed the connection',
  read_console: 'Viewed the console',
  sync_connection: 'Started a sync',
  retry_webhook_event: 'Retried a webhook event',
};

/** An action in words; one this console does not know yet reads as its code, spaced out. */
export function actionText(action: string): string {
  const known = ACTIONS[action];
  if (known !== undefined) return known;
  const spaced = action.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function keyText(key: string): string {
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** An action's details in words: the known ones as a sentence, others as "Key: value". */
export function detailsText(action: string, details: Record<string, unknown>): string {
  if (action === 'sync_connection' && typeof details['full'] === 'boolean') {
    return details['full'] ? 'Full re-import' : 'New and changed charges only';
  }
  if (action === 'retry_webhook_event' && typeof details['eventId'] === 'string') {
    return `Event ${details['eventId']}`;
  }
  const entries = Object.entries(details);
  if (entries.length === 0) return '—';
  return entries.map(([key, value]) => `${keyText(key)}: ${valueText(value)}`).join(' · ');
}
