import { CreateDocumentDialog } from './CreateDocumentDialog';
import type { DocumentAction } from './documentActions';
import { MoveDocumentDialog } from './MoveDocumentDialog';
import { RenameDocumentDialog } from './RenameDocumentDialog';
import { TrashDocumentDialog } from './TrashDocumentDialog';

interface Props {
  action: DocumentAction | null;
  onClose: () => void;
  space: { id: string; slug: string };
}

/** The dialog of the action chosen in a document's menu or toolbar, one at a time. */
export function DocumentDialogs({ action, onClose, space }: Props) {
  if (!action) return null;
  const onOpenChange = (isOpen: boolean) => !isOpen && onClose();
  switch (action.kind) {
    case 'create':
      return <CreateDocumentDialog spaceId={space.id} parent={action.parent} isOpen onOpenChange={onOpenChange} />;
    case 'rename':
      return <RenameDocumentDialog doc={action.doc} isOpen onOpenChange={onOpenChange} />;
    case 'move':
      return <MoveDocumentDialog doc={action.doc} spaceSlug={space.slug} isOpen onOpenChange={onOpenChange} />;
    case 'trash':
      return <TrashDocumentDialog doc={action.doc} spaceSlug={space.slug} isOpen onOpenChange={onOpenChange} />;
  }
}
