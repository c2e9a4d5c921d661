import type { MentionKind } from '@cocon/shared';

/** Something a comment may name after « @ »: a person by their name, a structure by its short or full name. */
export interface Mentionable {
  kind: MentionKind;
  id: string;
  label: string;
}

export interface FoundMention extends Mentionable {
  /** Where « @ » is in the text, and the length of « @label ». */
  offset: number;
  length: number;
}

/** Lower case without accents, one UTF-16 unit for one, so that offsets in the folded text are offsets in the text. */
function fold(value: string): string {
  let folded = '';
  for (const unit of value.split('')) {
    const plain = unit
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
    folded += plain.length === 1 ? plain : unit;
  }
  return folded;
}
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/**
 * The mentions in a comment's plain text: each « @ » at the start of a word followed by a known name, the longest
 * one winning (« @Ville de Rennes » over « @Ville »), case and accents ignored (« @helene » names Hélène). A name
 * must end where a word ends. Two people with the same name are both found: who was picked from the list decides.
 */
export function findMentions(text: string, known: Mentionable[]): FoundMention[] {
  if (!text.includes('@') || known.length === 0) return [];
  const byFirstLetter = new Map<string, (Mentionable & { folded: string })[]>();
  for (const item of known) {
    const folded = fold(item.label.trim());
    if (!folded) continue;
    byFirstLetter.set(folded[0], [...(byFirstLetter.get(folded[0]) ?? []), { ...item, folded }]);
  }
  const foldedText = fold(text);
  const found: FoundMention[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHARACTER.test(text[at - 1])) continue;
    const rest = foldedText.slice(at + 1);
    const matches = (byFirstLetter.get(rest[0]) ?? []).filter((item) => rest.startsWith(item.folded) && !WORD_CHARACTER.test(rest[item.folded.length] ?? ' '));
    const longest = Math.max(0, ...matches.map((item) => item.folded.length));
    for (const item of matches.filter((match) => match.folded.length === longest)) {
      found.push({ kind: item.kind, id: item.id, label: item.label, offset: at, length: longest + 1 });
    }
  }
  return found;
}
