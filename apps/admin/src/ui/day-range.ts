/** The first instant of a calendar day (`YYYY-MM-DD`, UTC), or null for none. */
export function startOfDay(day: string): string | null {
  return day ? `${day}T00:00:00.000Z` : null;
}

/** The last instant of a calendar day (`YYYY-MM-DD`, UTC), or null for none. */
export function endOfDay(day: string): string | null {
  return day ? `${day}T23:59:59.999Z` : null;
}
