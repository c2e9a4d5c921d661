import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  Bold,
  Code,
  Heading2,
  Heading3,
  Highlighter,
  ImagePlus,
  Info,
  Italic,
  Link2,
  List,
  ListChecks,
  ListOrdered,
  Minus,
  Quote,
  Redo2,
  Table,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator, ToggleButton, Toolbar } from 'react-aria-components';

interface Toggle {
  label: string;
  Icon: LucideIcon;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOGGLES: Toggle[] = [
  { label: 'Gras', Icon: Bold, isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italique', Icon: Italic, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Surligner', Icon: Highlighter, isActive: (e) => e.isActive('highlight'), run: (e) => e.chain().focus().toggleHighlight().run() },
  { label: 'Code', Icon: Code, isActive: (e) => e.isActive('code'), run: (e) => e.chain().focus().toggleCode().run() },
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

interface TableAction {
  key: string;
  label: string;
  /** Only offered with the caret in a table (except inserting one). */
  inTable: boolean;
  run: (editor: Editor) => void;
}

const TABLE_ACTIONS: TableAction[] = [
  { key: 'insert', label: 'Insérer un tableau', inTable: false, run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { key: 'rowAfter', label: 'Ajouter une ligne dessous', inTable: true, run: (e) => e.chain().focus().addRowAfter().run() },
  { key: 'rowBefore', label: 'Ajouter une ligne dessus', inTable: true, run: (e) => e.chain().focus().addRowBefore().run() },
  { key: 'colAfter', label: 'Ajouter une colonne à droite', inTable: true, run: (e) => e.chain().focus().addColumnAfter().run() },
  { key: 'colBefore', label: 'Ajouter une colonne à gauche', inTable: true, run: (e) => e.chain().focus().addColumnBefore().run() },
  { key: 'header', label: 'Première ligne en en-tête (oui / non)', inTable: true, run: (e) => e.chain().focus().toggleHeaderRow().run() },
  { key: 'deleteRow', label: 'Supprimer la ligne', inTable: true, run: (e) => e.chain().focus().deleteRow().run() },
  { key: 'deleteCol', label: 'Supprimer la colonne', inTable: true, run: (e) => e.chain().focus().deleteColumn().run() },
  { key: 'deleteTable', label: 'Supprimer le tableau', inTable: true, run: (e) => e.chain().focus().deleteTable().run() },
];

function ToolLabel({ Icon, label }: { Icon: LucideIcon; label: string }) {
  return (
    <>
      <Icon aria-hidden="true" size={20} />
      <span className="editor-tool-label">{label}</span>
    </>
  );
}

interface EditorToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
}

/**
 * The formatting buttons, one tab stop (arrow keys move inside, as a toolbar should). Undo and redo are the
 * collaboration's own: they take back this person's changes only, never a colleague's.
 */
export function EditorToolbar({ editor, onLink, onImage }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: TOGGLES.map((toggle) => toggle.isActive(current)),
      link: current.isActive('link'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  return (
    <Toolbar aria-label="Mise en forme" className="editor-toolbar">
      {TOGGLES.map(({ label, Icon, run }, index) => (
        <ToggleButton key={label} className="editor-tool" isSelected={state.active[index]} onChange={() => run(editor)}>
          <ToolLabel Icon={Icon} label={label} />
        </ToggleButton>
      ))}
      <Separator orientation="vertical" className="editor-toolbar-separator" />
      <Button className="editor-tool" onPress={onLink} data-selected={state.link || undefined} aria-haspopup="dialog">
        <ToolLabel Icon={Link2} label={state.link ? 'Modifier le lien' : 'Lien'} />
      </Button>
      <Button className="editor-tool" onPress={onImage} aria-haspopup="dialog">
        <ToolLabel Icon={ImagePlus} label="Image" />
      </Button>
      <MenuTrigger>
        <Button className="editor-tool">
          <ToolLabel Icon={Table} label="Tableau" />
        </Button>
        <Popover className="popover menu-popover" placement="bottom start">
          <Menu className="menu" aria-label="Tableau" onAction={(key) => TABLE_ACTIONS.find((action) => action.key === key)?.run(editor)}>
            {TABLE_ACTIONS.filter((action) => action.inTable === state.inTable).map((action) => (
              <MenuItem key={action.key} id={action.key} className="menu-item">
                {action.label}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <Button className="editor-tool" onPress={() => editor.chain().focus().setHorizontalRule().run()}>
        <ToolLabel Icon={Minus} label="Séparation" />
      </Button>
      <Separator orientation="vertical" className="editor-toolbar-separator" />
      <Button className="editor-tool" isDisabled={!state.canUndo} onPress={() => editor.chain().focus().undo().run()}>
        <ToolLabel Icon={Undo2} label="Annuler" />
      </Button>
      <Button className="editor-tool" isDisabled={!state.canRedo} onPress={() => editor.chain().focus().redo().run()}>
        <ToolLabel Icon={Redo2} label="Rétablir" />
      </Button>
    </Toolbar>
  );
}
