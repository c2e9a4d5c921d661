import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  Bold,
  Heading2,
  Heading3,
  Info,
  Italic,
  List,
  ListChecks,
  ListOrdered,
  Quote,
  Redo2,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { Button, Separator, ToggleButton, Toolbar } from 'react-aria-components';

interface Toggle {
  label: string;
  Icon: LucideIcon;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOGGLES: Toggle[] = [
  { label: 'Gras', Icon: Bold, isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italique', Icon: Italic, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    label: 'Titre 2',
    Icon: Heading2,
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Titre 3',
    Icon: Heading3,
    isActive: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { label: 'Liste à puces', Icon: List, isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  {
    label: 'Liste numérotée',
    Icon: ListOrdered,
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  { label: 'Liste de tâches', Icon: ListChecks, isActive: (e) => e.isActive('taskList'), run: (e) => e.chain().focus().toggleTaskList().run() },
  { label: 'Citation', Icon: Quote, isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  // The callout node has no command of its own: wrapping the selection in it is the generic one.
  { label: 'Encadré', Icon: Info, isActive: (e) => e.isActive('callout'), run: (e) => e.chain().focus().toggleWrap('callout').run() },
];

/**
 * The formatting buttons, one tab stop (arrow keys move inside, as a toolbar should). Undo and redo are the
 * collaboration's own: they take back this person's changes only, never a colleague's.
 */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: TOGGLES.map((toggle) => toggle.isActive(current)),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  return (
    <Toolbar aria-label="Mise en forme" className="editor-toolbar">
      {TOGGLES.map(({ label, Icon, run }, index) => (
        <ToggleButton key={label} className="editor-tool" isSelected={state.active[index]} onChange={() => run(editor)}>
          <Icon aria-hidden="true" size={20} />
          <span className="editor-tool-label">{label}</span>
        </ToggleButton>
      ))}
      <Separator orientation="vertical" className="editor-toolbar-separator" />
      <Button className="editor-tool" isDisabled={!state.canUndo} onPress={() => editor.chain().focus().undo().run()}>
        <Undo2 aria-hidden="true" size={20} />
        <span className="editor-tool-label">Annuler</span>
      </Button>
      <Button className="editor-tool" isDisabled={!state.canRedo} onPress={() => editor.chain().focus().redo().run()}>
        <Redo2 aria-hidden="true" size={20} />
        <span className="editor-tool-label">Rétablir</span>
      </Button>
    </Toolbar>
  );
}
