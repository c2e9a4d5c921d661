import { FilePlus, FolderInput, Pencil, Trash2 } from 'lucide-react';
import { Button } from '../../../ui/Button';
import type { DocumentAction } from './documentActions';

/** The actions on the open document, next to its title. */
export function DocumentToolbar({ doc, onAction }: { doc: { id: string; title: string }; onAction: (action: DocumentAction) => void }) {
  return (
    <div className="toolbar" role="group" aria-label="Actions sur le document">
      <Button size="small" onPress={() => onAction({ kind: 'rename', doc })}>
        <Pencil aria-hidden="true" size={16} />
        Renommer
      </Button>
      <Button size="small" onPress={() => onAction({ kind: 'move', doc })}>
        <FolderInput aria-hidden="true" size={16} />
        Déplacer
      </Button>
      <Button size="small" onPress={() => onAction({ kind: 'create', parent: doc })}>
        <FilePlus aria-hidden="true" size={16} />
        Nouveau sous-document
      </Button>
      <Button size="small" variant="danger" onPress={() => onAction({ kind: 'trash', doc })}>
        <Trash2 aria-hidden="true" size={16} />
        Mettre à la corbeille
      </Button>
    </div>
  );
}
