import type { Client } from 'urql';
import { MentionCandidatesQuery } from '../graphql/mentionCandidates';
import type { SuggestionItem } from './suggestionMenu';

/** How long typing pauses before the people and structures are looked up: one request per pause, not per key. */
export const MENTION_SEARCH_DELAY_MS = 200;

/** People and structures to mention after "@", from the server (only those who may read this document). */
export async function mentionItems(client: Client, documentId: string, query: string): Promise<SuggestionItem[]> {
  const result = await client.query(MentionCandidatesQuery, { documentId, search: query.slice(0, 100) }).toPromise();
  return (result.data?.mentionCandidates ?? []).map((candidate) => ({
    key: `${candidate.kind}-${candidate.id}`,
    label: candidate.kind === 'PERSON' ? candidate.label : `${candidate.label} (structure)`,
    // A person comes with their structure's badge; a structure with its full name.
    detail: candidate.kind === 'STRUCTURE' ? candidate.structure.name : undefined,
    badge: candidate.kind === 'PERSON' ? candidate.structure : undefined,
    select: (editor, range) => {
      editor
        .chain()
        .focus()
        .insertContentAt(range, [
          { type: 'mention', attrs: { kind: candidate.kind, id: candidate.id, label: candidate.label } },
          { type: 'text', text: ' ' },
        ])
        .run();
    },
  }));
}
