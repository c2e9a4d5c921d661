import { DocumentBody } from './DocumentBody';
import './reader.css';

/** A stored document for reading (a revision, an archived version, a document in the trash), styled as a page of text. */
export function DocumentContent({ content }: { content: unknown }) {
  return (
    <div className="document-content">
      <DocumentBody content={content} />
    </div>
  );
}
