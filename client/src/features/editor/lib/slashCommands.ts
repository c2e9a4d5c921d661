import type { Editor } from '@tiptap/core';
import { fold } from '../../../lib/fold';
import type { SuggestionItem } from './suggestionMenu';

interface BlockChoice {
  key: string;
  label: string;
  detail: string;
  /** Other words people may type after "/" to find it. */
  words: string[];
  run: (editor: Editor) => void;
}

/**
 * The block types of the "/" menu. `insertImage` opens the image dialog (choosing the file and its description),
 * which the editor page owns.
 */
export function blockChoices(insertImage: () => void): BlockChoice[] {
  return [
    { key: 'paragraph', label: 'Texte', detail: 'Un paragraphe ordinaire', words: ['paragraphe'], run: (e) => e.chain().focus().setParagraph().run() },
    {
      key: 'h2',
      label: 'Titre 2',
      detail: 'Titre d’une partie',
      words: ['titre', 'h2', 'chapitre'],
      run: (e) => e.chain().focus().setHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: 'Titre 3',
      detail: 'Titre d’une sous-partie',
      words: ['titre', 'h3', 'sous-titre'],
      run: (e) => e.chain().focus().setHeading({ level: 3 }).run(),
    },
    { key: 'h4', label: 'Titre 4', detail: 'Petit titre', words: ['titre', 'h4'], run: (e) => e.chain().focus().setHeading({ level: 4 }).run() },
    {
      key: 'bullets',
      label: 'Liste à puces',
      detail: 'Des points sans ordre',
      words: ['liste', 'puces', 'ul'],
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'numbers',
      label: 'Liste numérotée',
      detail: 'Des étapes dans l’ordre',
      words: ['liste', 'numeros', 'ol'],
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'tasks',
      label: 'Liste de tâches',
      detail: 'Des cases à cocher',
      words: ['liste', 'taches', 'cases', 'todo'],
      run: (e) => e.chain().focus().toggleTaskList().run(),
    },
    {
      key: 'table',
      label: 'Tableau',
      detail: '3 colonnes, avec une ligne d’en-tête',
      words: ['tableau', 'grille'],
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    { key: 'quote', label: 'Citation', detail: 'Les mots de quelqu’un', words: ['citation', 'quote'], run: (e) => e.chain().focus().toggleBlockquote().run() },
    {
      key: 'callout',
      label: 'Encadré',
      detail: 'Une information mise en avant',
      words: ['encadre', 'note', 'info'],
      run: (e) => e.chain().focus().toggleWrap('callout').run(),
    },
    {
      key: 'code',
      label: 'Bloc de code',
      detail: 'Du texte technique, tel quel',
      words: ['code', 'technique'],
      run: (e) => e.chain().focus().toggleCodeBlock().run(),
    },
    {
      key: 'rule',
      label: 'Ligne de séparation',
      detail: 'Sépare deux parties',
      words: ['ligne', 'separateur', 'hr'],
      run: (e) => e.chain().focus().setHorizontalRule().run(),
    },
    { key: 'image', label: 'Image', detail: 'Une image de votre appareil, avec sa description', words: ['image', 'photo'], run: () => insertImage() },
  ];
}

/** The choices matching what was typed after "/", as suggestion items that first remove the "/…" typed. */
export function slashItems(query: string, insertImage: () => void): SuggestionItem[] {
  const typed = fold(query.trim());
  return blockChoices(insertImage)
    .filter((choice) => !typed || [choice.label, ...choice.words].some((word) => fold(word).includes(typed)))
    .map((choice) => ({
      key: choice.key,
      label: choice.label,
      detail: choice.detail,
      select: (editor, range) => {
        editor.chain().focus().deleteRange(range).run();
        choice.run(editor);
      },
    }));
}
