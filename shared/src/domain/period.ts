/** The longest period a network runs without an extension decision. */
export const MAX_PERIOD_MONTHS = 12;

/** Adds calendar months to an ISO date (YYYY-MM-DD), clamping to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Null when the period is valid; otherwise which rule it breaks. */
export function checkPeriod(startDate: string, endDate: string): 'PERIOD.INVALID' | 'PERIOD.TOO_LONG' | null {
  if (endDate <= startDate) return 'PERIOD.INVALID';
  if (endDate > addMonths(startDate, MAX_PERIOD_MONTHS)) return 'PERIOD.TOO_LONG';
  return null;
}

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}
