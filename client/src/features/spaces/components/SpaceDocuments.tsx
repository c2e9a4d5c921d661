import { useState } from 'react';
import { useLocation } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import type { DocumentAction } from '../../documents/components/documentActions';
import { useMoveDocument } from '../../documents/hooks/useMoveDocument';
import { useLazyTree } from '../hooks/useLazyTree';
import { DocumentTree } from './DocumentTree';

interface Props {
  space: { slug: string; name: string; canEdit: boolean };
  onAction: (action: DocumentAction) => void;
}

/** The space page's tree: its top level first, each document's sub-documents when it is unfolded. */
export function SpaceDocuments({ space, onAction }: Props) {
  const location = useLocation();
  const { tree, levels, loading, failed, expanded, setExpanded, showMore } = useLazyTree({ slug: space.slug });
  const { move, status } = useMoveDocument();
  // A move's message belongs to the visit it happened in; coming back to the page starts clean.
  const [statusFor, setStatusFor] = useState<string | null>(null);

  if (failed.has(null)) return <Alert tone="error">Impossible de charger les documents de cet espace pour l’instant.</Alert>;
  if (loading.has(null)) return <Loading label="Chargement des documents…" />;
  if (tree.length === 0) {
    return (
      <EmptyState
        title="Aucun document pour l’instant."
        action={
          space.canEdit && (
            <Button variant="primary" onPress={() => onAction({ kind: 'create', parent: null })}>
              Créer le premier document
            </Button>
          )
        }
      >
        <p>Les documents de cet espace apparaîtront ici, rangés en arborescence.</p>
      </EmptyState>
    );
  }
  return (
    <>
      {status && statusFor === location.key && (
        <Alert tone={status.tone} className="tree-status">
          {status.message}
        </Alert>
      )}
      {space.canEdit && (
        <p className="muted">Pour ranger un document, faites-le glisser, ou ouvrez le menu « Actions » de sa ligne : Monter, Descendre ou Déplacer.</p>
      )}
      <DocumentTree
        spaceName={space.name}
        tree={tree}
        levels={levels}
        expanded={expanded}
        onExpandedChange={setExpanded}
        loading={loading}
        failed={failed}
        showMore={showMore}
        canEdit={space.canEdit}
        onAction={onAction}
        onMove={(doc, target) => {
          setStatusFor(location.key);
          void move(doc, target);
        }}
      />
    </>
  );
}
