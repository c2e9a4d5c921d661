import type { Editor } from '@tiptap/core';

/** A passage chosen to comment on: its Yjs relative positions (base64) and its text. */
export interface NewAnchor {
  from: string;
  to: string;
  excerpt: string;
}

export interface SurfaceHandlers {
  /** The person asked to comment on the selected passage (button « Commenter » or Ctrl+Alt+M). */
  onCommentRequest: (anchor: NewAnchor) => void;
  /** The person clicked a marked passage. */
  onThreadSelected: (threadId: string) => void;
  /** Whether to offer « Commenter » at all. */
  canComment: boolean;
}

interface Surface {
  editor: Editor | null;
  handlers: SurfaceHandlers | null;
  listeners: Set<() => void>;
}

const surfaces = new Map<string, Surface>();

function surfaceOf(documentId: string): Surface {
  let surface = surfaces.get(documentId);
  if (!surface) {
    surface = { editor: null, handlers: null, listeners: new Set() };
    surfaces.set(documentId, surface);
  }
  return surface;
}

/**
 * What joins the comments panel and the editor of one document, which are made in different places of the page:
 * the editor registers itself here (CommentMarks extension), the panel listens and registers what to do when a
 * person asks to comment on a passage or clicks one.
 */
export const commentSurfaces = {
  attach(documentId: string, editor: Editor) {
    const surface = surfaceOf(documentId);
    surface.editor = editor;
    surface.listeners.forEach((listener) => listener());
  },
  detach(documentId: string, editor: Editor) {
    const surface = surfaceOf(documentId);
    if (surface.editor !== editor) return;
    surface.editor = null;
    surface.listeners.forEach((listener) => listener());
  },
  editor: (documentId: string): Editor | null => surfaces.get(documentId)?.editor ?? null,
  subscribe(documentId: string, listener: () => void): () => void {
    const surface = surfaceOf(documentId);
    surface.listeners.add(listener);
    return () => surface.listeners.delete(listener);
  },
  setHandlers(documentId: string, handlers: SurfaceHandlers | null) {
    surfaceOf(documentId).handlers = handlers;
  },
  handlers: (documentId: string): SurfaceHandlers | null => surfaces.get(documentId)?.handlers ?? null,
};
