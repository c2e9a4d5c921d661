import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { anchorFor, rangeOf } from './anchors';
import { commentSurfaces } from './commentSurfaces';

/** An open discussion to mark in the text. */
export interface MarkedThread {
  id: string;
  anchor: { from: string; to: string };
}

interface MarksState {
  threads: MarkedThread[];
  activeId: string | null;
  decorations: DecorationSet;
}

type MarksChange = { threads?: MarkedThread[]; activeId?: string | null };

export const commentMarksKey = new PluginKey<MarksState>('commentMarks');

function decorate(state: EditorState, threads: MarkedThread[], activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = rangeOf(state, thread.anchor);
    if (!range) continue;
    const active = thread.id === activeId;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: active ? 'comment-mark comment-mark--active' : 'comment-mark', 'data-thread-id': thread.id },
        { threadId: thread.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Marks these open discussions in the editor of a document, and one of them as the one being read. */
export function setMarkedThreads(view: EditorView, change: MarksChange): void {
  view.dispatch(view.state.tr.setMeta(commentMarksKey, change));
}

/** The passage the person selected with the mouse, a finger or the keyboard, editable or not. */
function selectedRange(view: EditorView): { from: number; to: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const a = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const b = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return a === b ? null : { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}

/**
 * « Commenter » next to a selected passage: a real button, placed above the selection's end. The same is done
 * from the keyboard with Ctrl+Alt+M (⌘+Option+M), which also works where the text cannot be edited.
 */
class SelectionButton {
  private readonly button = document.createElement('button');

  constructor(
    private readonly view: EditorView,
    private readonly documentId: string,
  ) {
    this.button.type = 'button';
    this.button.className = 'comment-selection-button';
    this.button.textContent = 'Commenter';
    this.button.hidden = true;
    // Pressing the button must not take the selection away before it is read.
    this.button.addEventListener('mousedown', (event) => event.preventDefault());
    this.button.addEventListener('click', () => this.request());
    view.dom.parentElement?.append(this.button);
    document.addEventListener('selectionchange', this.place);
    document.addEventListener('keydown', this.onKey);
  }

  request = (): boolean => {
    const handlers = commentSurfaces.handlers(this.documentId);
    const range = selectedRange(this.view);
    const anchor = range && anchorFor(this.view.state, range.from, range.to);
    if (!handlers?.canComment || !anchor) return false;
    this.button.hidden = true;
    handlers.onCommentRequest(anchor);
    return true;
  };

  place = () => {
    const handlers = commentSurfaces.handlers(this.documentId);
    const range = selectedRange(this.view);
    const host = this.button.parentElement;
    const selection = document.getSelection();
    if (!handlers?.canComment || !range || !host || !selection?.rangeCount) {
      this.button.hidden = true;
      return;
    }
    const box = selection.getRangeAt(0).getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    this.button.hidden = false;
    const left = Math.min(Math.max(box.right - origin.left - this.button.offsetWidth / 2, 0), origin.width - this.button.offsetWidth);
    this.button.style.left = `${left}px`;
    this.button.style.top = `${Math.max(box.top - origin.top - this.button.offsetHeight - 6, 0)}px`;
  };

  private onKey = (event: KeyboardEvent) => {
    if (event.altKey && (event.ctrlKey || event.metaKey) && event.code === 'KeyM' && this.request()) event.preventDefault();
  };

  destroy() {
    document.removeEventListener('selectionchange', this.place);
    document.removeEventListener('keydown', this.onKey);
    this.button.remove();
  }
}

/**
 * The discussions of a document, in its editor: each open one's passage stays marked while people edit (the
 * marks are worked out from the threads' Yjs relative positions), a click on a mark opens its discussion, and
 * a selected passage offers « Commenter ». Remote edits rebuild the marks from the positions; local edits
 * move them with the change, as ProseMirror moves any decoration.
 */
export const CommentMarks = Extension.create<{ documentId: string }>({
  name: 'commentMarks',

  addOptions() {
    return { documentId: '' };
  },

  onCreate() {
    commentSurfaces.attach(this.options.documentId, this.editor);
  },

  onDestroy() {
    commentSurfaces.detach(this.options.documentId, this.editor);
  },

  addProseMirrorPlugins() {
    const documentId = this.options.documentId;
    return [
      new Plugin<MarksState>({
        key: commentMarksKey,
        state: {
          init: () => ({ threads: [], activeId: null, decorations: DecorationSet.empty }),
          apply(tr: Transaction, value: MarksState, _old: EditorState, state: EditorState): MarksState {
            const change = tr.getMeta(commentMarksKey) as MarksChange | undefined;
            if (change) {
              const next = { ...value, ...change };
              return { ...next, decorations: decorate(state, next.threads, next.activeId) };
            }
            // The sync plugin speaks when the document arrives or changes remotely: positions are read again.
            if (tr.getMeta(ySyncPluginKey)) return { ...value, decorations: decorate(state, value.threads, value.activeId) };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => commentMarksKey.getState(state)?.decorations,
          handleClick(view, position) {
            const found = commentMarksKey.getState(view.state)?.decorations.find(position, position) ?? [];
            const threadId = (found[0]?.spec as { threadId?: string } | undefined)?.threadId;
            if (threadId) commentSurfaces.handlers(documentId)?.onThreadSelected(threadId);
            return false;
          },
        },
        view: (view) => new SelectionButton(view, documentId),
      }),
    ];
  },
});
