import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import { textColorOn } from '../../../lib/colors';
import { CommentMarks } from '../../comments/lib/commentMarks';
import { readerExtensions } from '../../documents/reader/readerExtensions';
import { HeadingAnchors } from './headingAnchors';
import { MENTION_SEARCH_DELAY_MS } from './mentionItems';
import { pasteAndDrop } from './pasteAndDrop';
import { suggestionList, type SuggestionItem, type SuggestionMenuController } from './suggestionMenu';

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

/** What writing adds to reading: the "@" and "/" lists, and images arriving by paste or drop. */
export interface WritingTools {
  menu: SuggestionMenuController;
  mentions: (query: string) => Promise<SuggestionItem[]>;
  blocks: (query: string) => SuggestionItem[];
  onImageFile: (file: File) => void;
}

/**
 * The reading schema and views (the same nodes as everywhere), plus live collaboration: the Yjs field
 * 'default', everyone's carets, and an undo history per person (StarterKit's own is off in the schema).
 * Headings get ids for the table of contents; writers also get the writing tools.
 */
export function editorExtensions(ydoc: Y.Doc, provider: HocuspocusProvider, user: PresenceUser, writing: WritingTools | null): AnyExtension[] {
  return [
    ...readerExtensions(),
    Collaboration.configure({ document: ydoc }),
    CollaborationCaret.configure({ provider, user, render: renderCaret }),
    HeadingAnchors,
    CommentMarks.configure({ documentId: provider.configuration.name }),
    ...(writing
      ? [
          suggestionList({
            name: 'mentionSuggestion',
            char: '@',
            title: 'Mentionner une personne ou une structure',
            empty: 'Aucune personne ni structure ne correspond.',
            controller: writing.menu,
            items: writing.mentions,
            debounce: MENTION_SEARCH_DELAY_MS,
          }),
          suggestionList({
            name: 'slashMenu',
            char: '/',
            title: 'Insérer un bloc',
            empty: 'Aucun type de bloc ne correspond.',
            controller: writing.menu,
            items: writing.blocks,
          }),
          pasteAndDrop(writing.onImageFile),
        ]
      : []),
  ];
}
