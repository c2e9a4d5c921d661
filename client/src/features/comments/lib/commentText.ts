import type { CommentEventKind, ThreadFieldsFragment } from '../../../gql/graphql';
import { quoted } from '../../../ui/quoted';

/** A piece of a comment's text: plain words, or a mention (« @Prénom Nom », « @CAF »). */
export interface BodyPart {
  text: string;
  mention: boolean;
}

/** Cuts a comment's text at its mentions. Everything stays text: nothing in a comment is ever read as HTML. */
export function bodyParts(body: string, mentions: readonly { offset: number; length: number }[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.offset - b.offset)) {
    if (mention.offset < at || mention.offset + mention.length > body.length) continue;
    if (mention.offset > at) parts.push({ text: body.slice(at, mention.offset), mention: false });
    parts.push({ text: body.slice(mention.offset, mention.offset + mention.length), mention: true });
    at = mention.offset + mention.length;
  }
  if (at < body.length) parts.push({ text: body.slice(at), mention: false });
  return parts;
}

const shorten = (text: string, length = 120) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** What someone else just did, said for the live region: « Nouveau commentaire de Sophie Lemoine (Ville) : … ». */
export function describeEvent(kind: CommentEventKind, actor: string, thread: ThreadFieldsFragment | null, commentId: string | null): string {
  const comment = thread?.comments.find((candidate) => candidate.id === commentId);
  const said = comment?.body ? ` : ${quoted(shorten(comment.body))}` : '';
  const who = comment?.structure ? `${actor} (${comment.structure.shortName})` : actor;
  switch (kind) {
    case 'THREAD_CREATED':
      return `Nouvelle discussion de ${who}${said}`;
    case 'COMMENT_ADDED':
      return `Nouvelle réponse de ${who}${said}`;
    case 'COMMENT_CHANGED':
      return `${actor} a modifié un commentaire.`;
    case 'THREAD_CHANGED':
      return thread?.status === 'RESOLVED' ? `${actor} a marqué une discussion comme résolue.` : `${actor} a rouvert une discussion.`;
    case 'THREAD_DELETED':
      return `${actor} a supprimé une discussion.`;
  }
}
