/** "V2" for a version whose short form is "v2"; otherwise its full label. */
export function versionShortName(version: { label: string; slug: string }): string {
  return /^v\d+$/i.test(version.slug) ? version.slug.toUpperCase() : version.label;
}

/** "la V2", "« Socle commun 2025 »": a version named inside a sentence. */
export function versionInSentence(version: { label: string; slug: string }): string {
  return /^v\d+$/i.test(version.slug) ? `la ${version.slug.toUpperCase()}` : `« ${version.label} »`;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "24 juin 2024" for a calendar date (AAAA-MM-JJ) such as an effective date: read at noon local time, so no
 * time zone moves it to the day before.
 */
export function formatCalendarDate(value: string): string {
  const date = new Date(`${value}T12:00:00`);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** "28 mai 2024": the day of a moment, without the hour. */
export function formatDay(value: string): string {
  return dayFormat.format(new Date(value));
}

/** Today as AAAA-MM-JJ in local time, for a date field's default. */
export function todayCalendarDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
