import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** Where the first mention of this person or structure is in the text; null while there is none. */
function mentionPosition(editor: Editor, id: string): number | null {
  let found: number | null = null;
  editor.state.doc.descendants((node, position) => {
    if (found === null && node.type.name === 'mention' && node.attrs.id === id) found = position;
    return found === null;
  });
  return found;
}

/**
 * A link to a mention (`?mention=<person or structure>`, from a notification) brings the first mention of them into
 * view, the caret just after it, once the text holding it has arrived.
 */
export function useLinkedMention(editor: Editor | null): void {
  const [params] = useSearchParams();
  const mentioned = params.get('mention');
  useEffect(() => {
    if (!editor || !mentioned) return;
    const follow = () => {
      const position = mentionPosition(editor, mentioned);
      if (position === null) return false;
      editor.commands.setTextSelection(position + 1);
      (editor.view.nodeDOM(position) as HTMLElement | null)?.scrollIntoView({ block: 'center' });
      return true;
    };
    if (follow()) return;
    const onUpdate = () => {
      if (follow()) editor.off('update', onUpdate);
    };
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
  }, [editor, mentioned]);
}
