import { documentSchema } from '@cocon/shared';
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { anchorOfText } from '../anchors/anchor-of-text';

export const THREAD_FIELDS = `id documentId excerpt chapter textDeleted status canReply canResolve commentCount
  anchor { from to } resolvedBy { name }
  comments { id body state editedAt hiddenReason canEdit canModerate role author { id name } structure { id shortName }
    mentions { kind id offset length } moderationHistory { action reason body moderator { name } } }`;

export const CREATE_THREAD = `mutation ($input: CreateThreadInput!) {
  createThread(input: $input) { mentionWarnings comment { id body } thread { ${THREAD_FIELDS} } } }`;
export const REPLY = `mutation ($input: ReplyToThreadInput!) {
  replyToThread(input: $input) { mentionWarnings comment { id body } thread { ${THREAD_FIELDS} } } }`;
export const EDIT = `mutation ($input: EditCommentInput!) { editComment(input: $input) { mentionWarnings comment { id body editedAt } } }`;
export const DELETE = `mutation ($id: ID!) { deleteComment(id: $id) { threadId thread { ${THREAD_FIELDS} } } }`;
export const RESOLVE = `mutation ($id: ID!) { resolveThread(id: $id) { id status resolvedBy { name } } }`;
export const REOPEN = `mutation ($id: ID!) { reopenThread(id: $id) { id status } }`;
export const HIDE = `mutation ($input: HideCommentInput!) { hideComment(input: $input) { id state body hiddenReason } }`;
export const UNHIDE = `mutation ($id: ID!) { unhideComment(id: $id) { id state body } }`;
export const THREADS = `query ($documentId: ID!, $filter: CommentFilterInput) { commentThreads(documentId: $documentId, filter: $filter) { ${THREAD_FIELDS} } }`;

/** The anchor the editor would send for the first occurrence of `text` in a live document. */
export const anchorOf = anchorOfText;

/** The text an anchor covers in this copy of the document, as the editor would mark it. */
export function textAt(doc: Y.Doc, anchor: { from: string; to: string }): string {
  const fragment = doc.getXmlFragment('default');
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, documentSchema());
  const [from, to] = [anchor.from, anchor.to].map((encoded) =>
    relativePositionToAbsolutePosition(doc, fragment, Y.decodeRelativePosition(Buffer.from(encoded, 'base64')), mapping),
  );
  return from === null || to === null ? '' : pm.textBetween(from, to);
}

/** Types `text` right before the first occurrence of `before`, in the Yjs text that holds it. */
export function insertBefore(doc: Y.Doc, before: string, text: string): void {
  const target = findText(doc.getXmlFragment('default'), before);
  if (!target) throw new Error(`« ${before} » is not in the document`);
  target.insert(plainText(target).indexOf(before), text);
}

/** Deletes the first occurrence of `text`. */
export function deleteText(doc: Y.Doc, text: string): void {
  const target = findText(doc.getXmlFragment('default'), text);
  if (!target) throw new Error(`« ${text} » is not in the document`);
  target.delete(plainText(target).indexOf(text), text.length);
}

/** Adds a heading of this level as the n-th block of the document. */
export function insertHeading(doc: Y.Doc, index: number, level: number, title: string): void {
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', level as unknown as string);
  const content = new Y.XmlText();
  content.insert(0, title);
  heading.insert(0, [content]);
  doc.getXmlFragment('default').insert(index, [heading]);
}

function findText(type: Y.XmlFragment | Y.XmlElement, text: string): Y.XmlText | null {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText && plainText(child).includes(text)) return child;
    if (child instanceof Y.XmlElement) {
      const found = findText(child, text);
      if (found) return found;
    }
  }
  return null;
}

/** The characters of a Yjs text, one per position (toString() would add the marks as tags). */
function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((part) => (typeof part.insert === 'string' ? part.insert : ' ')).join('');
}
