import { fold } from '../../../lib/fold';

const slug = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'titre';

/**
 * Gives the headings of one page their ids, in the document's order: `titre-…` from the words, then `titre-…-2`
 * for the second heading that reads the same. The live editor and the light reader both use it, so an address
 * ending in #titre-… opens at the same heading in either.
 */
export function headingIdMaker(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = `titre-${slug(text)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen ? `${base}-${seen + 1}` : base;
  };
}
