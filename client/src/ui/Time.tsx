import { formatDateTime, formatRecent } from '../lib/dates';

/**
 * A date said the French way: relative when recent ("il y a 5 minutes"), the full date on hover and for machines.
 * Not relative, it is the date alone, so that the sentence around it chooses its word ("jusqu’au 4 décembre…").
 */
export function Time({ value, relative = true }: { value: string; relative?: boolean }) {
  const full = formatDateTime(value);
  return (
    <time dateTime={value} title={relative ? full : undefined}>
      {relative ? formatRecent(value) : full}
    </time>
  );
}
