import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { readerExtensions } from './readerExtensions';

// Built once: the same extensions serve every document read in this session.
const extensions = readerExtensions();

/** A document's content for reading: the editor's own rendering, not editable, styled as a page of text. */
export function DocumentContent({ content }: { content: unknown }) {
  const editor = useEditor(
    {
      extensions,
      content: content as JSONContent,
      editable: false,
      // A reading view is not a text box: no role for assistive technologies to announce.
      editorProps: { attributes: { role: 'presentation', class: 'document-body' } },
    },
    [content],
  );
  return <EditorContent editor={editor} className="document-content" />;
}
