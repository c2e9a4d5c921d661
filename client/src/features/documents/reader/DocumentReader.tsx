import { useMemo } from 'react';
import { DocumentBody } from './DocumentBody';
import { countWords, isDocumentNode, readHeadings } from './documentJson';
import { ReadingLayout } from './ReadingLayout';
import { TableOfContents } from './TableOfContents';

/**
 * An open document for a reader without an account: its stored text with the table of contents and the number
 * of words, drawn without the editor, so that a public page stays light.
 */
export function DocumentReader({ content }: { content: unknown }) {
  const { headings, words } = useMemo(
    () => (isDocumentNode(content) ? { headings: readHeadings(content), words: countWords(content) } : { headings: [], words: 0 }),
    [content],
  );
  return (
    <ReadingLayout toc={<TableOfContents headings={headings} />} words={words}>
      <DocumentBody content={content} />
    </ReadingLayout>
  );
}
