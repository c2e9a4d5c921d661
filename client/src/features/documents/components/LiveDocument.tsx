import type { Me } from '../../auth/hooks/useMe';
import { DocumentComments } from '../../comments/components/DocumentComments';
import { CollaborativeEditor } from '../../editor/components/CollaborativeEditor';

/** The document open live, with its discussions: for people with an account (the editor's code comes with it). */
export function LiveDocument({ documentId, canEdit, me }: { documentId: string; canEdit: boolean; me: Me }) {
  return (
    <DocumentComments documentId={documentId} me={me}>
      <CollaborativeEditor documentId={documentId} canEdit={canEdit} me={me} />
    </DocumentComments>
  );
}
