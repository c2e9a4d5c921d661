const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit' });
const relativeFormat = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "23 novembre 2026 à 14 h 30": the French way of saying a time, not the "14:30" of Intl. */
export function formatDateTime(value: string | Date): string {
  const date = new Date(value);
  const parts = timeFormat.formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return `${dayFormat.format(date)} à ${Number(hour)} h ${minute}`;
}

/**
 * "il y a 5 minutes", "hier" for the last week; the full date beyond, where a relative
 * wording would make people count.
 */
export function formatRecent(value: string | Date, now: Date = new Date()): string {
  const elapsed = now.getTime() - new Date(value).getTime();
  if (elapsed < 0 || elapsed >= 7 * DAY) return `le ${formatDateTime(value)}`;
  if (elapsed < MINUTE) return 'à l’instant';
  if (elapsed < HOUR) return relativeFormat.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relativeFormat.format(-Math.floor(elapsed / HOUR), 'hour');
  return relativeFormat.format(-Math.floor(elapsed / DAY), 'day');
}
