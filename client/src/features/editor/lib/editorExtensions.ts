import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import { textColorOn } from '../../../lib/colors';
import { readerExtensions } from '../../documents/reader/readerExtensions';

/** What others see of a person in the document: on their caret and in the presence list. */
export interface PresenceUser {
  /** The account's id; null for a visitor without an account. */
  id: string | null;
  name: string;
  /** The caret's colour: the person's structure's. */
  color: string;
  structure: { name: string; shortName: string; color: string } | null;
}

/** A caret with the person's name on their structure's colour, written in black or white to stay readable. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#4a5562';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  // Inside the text, a name would be read aloud mid-sentence: screen readers get the presence list instead.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.style.color = textColorOn(color);
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

/**
 * The reading schema and views (the same nodes as everywhere), plus live collaboration: the Yjs field
 * 'default', everyone's carets, and an undo history per person (StarterKit's own is off in the schema).
 */
export function editorExtensions(ydoc: Y.Doc, provider: HocuspocusProvider, user: PresenceUser): AnyExtension[] {
  return [
    ...readerExtensions(),
    Collaboration.configure({ document: ydoc }),
    CollaborationCaret.configure({ provider, user, render: renderCaret }),
  ];
}
