import { Extension, type Editor, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion, type SuggestionOptions, type SuggestionProps } from '@tiptap/suggestion';

/** One choice of a suggestion list: what it says, and what choosing it does. */
export interface SuggestionItem {
  key: string;
  label: string;
  /** A second line, e.g. a person's structure or what a block is for. */
  detail?: string;
  /** A structure's badge beside the label (its colour always comes with its short name). */
  badge?: { name: string; shortName: string; color: string };
  select: (editor: Editor, range: Range) => void;
}

export interface SuggestionState {
  /** Which list is open: "@" mentions or "/" blocks. */
  title: string;
  empty: string;
  items: SuggestionItem[];
  active: number;
  loading: boolean;
  choose: (index: number) => void;
}

/**
 * The state of the open suggestion list, shared between the editor plugin that detects "@" and "/" and the React
 * list that shows the choices. While a list is open, the editor is the combobox of that listbox: its role,
 * aria-expanded, aria-controls and aria-activedescendant say so, and restore the text box when it closes.
 */
export class SuggestionMenuController {
  private state: SuggestionState | null = null;
  private readonly listeners = new Set<() => void>();
  /** The element the list is drawn in; the suggestion plugin places it under the typed "@" or "/". */
  readonly host: HTMLElement;

  constructor(readonly listboxId: string) {
    this.host = document.createElement('div');
    this.host.className = 'suggestion-host';
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  optionId = (index: number) => `${this.listboxId}-option-${index}`;

  open(editor: Editor, next: Omit<SuggestionState, 'active'>) {
    const active = this.state && this.state.title === next.title ? Math.min(this.state.active, Math.max(next.items.length - 1, 0)) : 0;
    this.state = { ...next, active };
    this.describeEditor(editor);
    this.emit();
  }

  move(editor: Editor, delta: number) {
    if (!this.state || this.state.items.length === 0) return;
    const count = this.state.items.length;
    this.state = { ...this.state, active: (this.state.active + delta + count) % count };
    this.describeEditor(editor);
    this.emit();
  }

  close(editor: Editor | null) {
    if (!this.state) return;
    this.state = null;
    if (editor && !editor.isDestroyed) {
      const dom = editor.view.dom;
      dom.setAttribute('role', 'textbox');
      dom.setAttribute('aria-multiline', 'true');
      for (const name of ['aria-expanded', 'aria-controls', 'aria-activedescendant', 'aria-autocomplete']) dom.removeAttribute(name);
    }
    this.emit();
  }

  private describeEditor(editor: Editor) {
    if (editor.isDestroyed || !this.state) return;
    const dom = editor.view.dom;
    dom.setAttribute('role', 'combobox');
    dom.removeAttribute('aria-multiline');
    dom.setAttribute('aria-expanded', 'true');
    dom.setAttribute('aria-controls', this.listboxId);
    dom.setAttribute('aria-autocomplete', 'list');
    if (this.state.items.length > 0) dom.setAttribute('aria-activedescendant', this.optionId(this.state.active));
    else dom.removeAttribute('aria-activedescendant');
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

interface SuggestionListOptions {
  name: string;
  char: string;
  title: string;
  empty: string;
  controller: SuggestionMenuController;
  items: (query: string) => SuggestionItem[] | Promise<SuggestionItem[]>;
  /** Waits this long after the last key before asking for the items (those asked of the server). */
  debounce?: number;
}

/** An editor extension that opens a suggestion list when `char` is typed, operated with the keyboard or the pointer. */
export function suggestionList({ name, char, title, empty, controller, items, debounce = 0 }: SuggestionListOptions) {
  return Extension.create({
    name,
    addProseMirrorPlugins() {
      const editor = this.editor;
      let unmount: (() => void) | null = null;
      const show = (props: SuggestionProps<SuggestionItem, SuggestionItem>) => {
        // "@ tout le monde": past a space with nothing matching, the "@" was just a character.
        if (!props.loading && props.items.length === 0 && props.query.includes(' ')) {
          controller.close(editor);
          return;
        }
        controller.open(editor, {
          title,
          empty,
          items: props.items,
          loading: props.loading,
          choose: (index) => {
            const item = props.items[index];
            if (item) props.command(item);
          },
        });
      };
      const options: Omit<SuggestionOptions<SuggestionItem, SuggestionItem>, 'editor'> = {
        char,
        pluginKey: new PluginKey(name),
        // "Marie Dupont": a name has spaces. Both lists open only at the start of a line or after a space,
        // so "et/ou" or an e-mail address does not open them.
        allowSpaces: char === '@',
        allowedPrefixes: [' '],
        items: ({ query }) => items(query),
        debounce,
        command: ({ editor: current, range, props: item }) => {
          controller.close(current);
          item.select(current, range);
        },
        render: () => ({
          onStart: (props) => {
            unmount = props.mount(controller.host);
            show(props);
          },
          onUpdate: show,
          onExit: () => {
            unmount?.();
            unmount = null;
            controller.close(editor);
          },
          onKeyDown: ({ event }) => {
            const state = controller.getState();
            if (!state) return false;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              controller.move(editor, event.key === 'ArrowDown' ? 1 : -1);
              return true;
            }
            if ((event.key === 'Enter' || event.key === 'Tab') && state.items.length > 0) {
              state.choose(state.active);
              return true;
            }
            // The plugin closes the list on Escape itself; typing goes on as plain text after the "@" or "/".
            if (event.key === 'Escape') return true;
            return false;
          },
        }),
      };
      return [Suggestion({ editor, ...options })];
    },
  });
}
