import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { NewAnchor } from './commentSurfaces';

/** The excerpt sent with an anchor; the server keeps a shorter one. */
const EXCERPT_SENT = 2000;

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

const syncOf = (state: EditorState) => ySyncPluginKey.getState(state) as SyncState | undefined;

const encode = (position: Y.RelativePosition) => {
  let text = '';
  for (const byte of Y.encodeRelativePosition(position)) text += String.fromCharCode(byte);
  return btoa(text);
};

const decode = (value: string): Y.RelativePosition | null => {
  try {
    return Y.decodeRelativePosition(Uint8Array.from(atob(value), (character) => character.charCodeAt(0)));
  } catch {
    return null;
  }
};

/**
 * A passage of the editor turned into Yjs relative positions on the field 'default' (y-tiptap's helper, on the
 * editor's own mapping): they follow every later edit, offline ones included. Null when the editor is not
 * bound to its Yjs document yet, or the passage is empty.
 */
export function anchorFor(state: EditorState, from: number, to: number): NewAnchor | null {
  const sync = syncOf(state);
  if (!sync?.binding || from >= to) return null;
  const excerpt = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim().slice(0, EXCERPT_SENT);
  if (!excerpt) return null;
  const mapping = sync.binding.mapping as Parameters<typeof absolutePositionToRelativePosition>[2];
  return {
    from: encode(absolutePositionToRelativePosition(from, sync.type, mapping)),
    to: encode(absolutePositionToRelativePosition(to, sync.type, mapping)),
    excerpt,
  };
}

/** Where an anchor is in the editor now; null when its text is gone or not in this copy yet. */
export function rangeOf(state: EditorState, anchor: { from: string; to: string }): { from: number; to: number } | null {
  const sync = syncOf(state);
  const [start, end] = [decode(anchor.from), decode(anchor.to)];
  if (!sync?.binding || !start || !end) return null;
  const mapping = sync.binding.mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
  const from = relativePositionToAbsolutePosition(sync.doc, sync.type, start, mapping);
  const to = relativePositionToAbsolutePosition(sync.doc, sync.type, end, mapping);
  if (from === null || to === null || from >= to || to > state.doc.content.size) return null;
  return { from, to };
}
