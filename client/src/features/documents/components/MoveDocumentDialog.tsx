import { useId, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Loading } from '../../../ui/Loading';
import { Select, type SelectOption } from '../../../ui/Select';
import { DestinationTree } from '../../spaces/components/DestinationTree';
import { useLazyTree } from '../../spaces/hooks/useLazyTree';
import { childrenOf, findItem, type TreeItem } from '../../spaces/lib/tree';
import { useMoveDocument } from '../hooks/useMoveDocument';
import type { ActedDocument } from './documentActions';
import { quoted } from '../../../ui/quoted';

/** A rank past any level: the server puts the document last (`moveDocument` accepts up to 100,000). */
const LAST = 100_000;

interface Props {
  doc: ActedDocument;
  spaceSlug: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Moving without dragging: choose the new parent, then the place among its documents. */
export function MoveDocumentDialog({ doc, spaceSlug, isOpen, onOpenChange }: Props) {
  return (
    <ModalDialog title={`Déplacer ${quoted(doc.title)}`} isOpen={isOpen} onOpenChange={onOpenChange}>
      <MoveForm doc={doc} spaceSlug={spaceSlug} onDone={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function positionOptions(siblings: TreeItem[], hasMore: boolean): SelectOption[] {
  return [
    { id: '0', label: 'En premier' },
    ...siblings.map((sibling, index) => ({ id: String(index + 1), label: `Après ${quoted(sibling.title)}` })),
    ...(hasMore ? [{ id: String(LAST), label: 'En dernier' }] : []),
  ];
}

function MoveForm({ doc, spaceSlug, onDone }: { doc: ActedDocument; spaceSlug: string; onDone: () => void }) {
  const labelId = useId();
  // Undefined: where the document is now, once its level is known.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [position, setPosition] = useState<string | null>(null);
  const { tree, levels, loading, failed, expanded, setExpanded, showMore } = useLazyTree({
    slug: spaceSlug,
    documentId: doc.id,
    alsoLoad: chosen ?? null,
  });
  const { move, moving, status } = useMoveDocument();

  if (failed.has(null)) return <Alert tone="error">Impossible de charger les documents de cet espace pour l’instant.</Alert>;
  if (loading.has(null)) return <Loading label="Chargement des documents…" />;
  const currentParent = findItem(levels, doc.id)?.parentId ?? null;
  const parentId = chosen === undefined ? currentParent : chosen;
  // A destination without sub-documents has no level to load.
  const level = levels.get(parentId) ?? (parentId && findItem(levels, parentId)?.childCount === 0 ? { items: [], hasMore: false } : undefined);
  const siblings = childrenOf(levels, parentId).filter((item) => item.id !== doc.id);
  const currentIndex = childrenOf(levels, currentParent).findIndex((item) => item.id === doc.id);
  const end = level?.hasMore ? LAST : siblings.length;
  const shownPosition = position ?? String(parentId === currentParent && currentIndex >= 0 ? currentIndex : end);

  const submit = async () => {
    if (await move(doc, { parentId, position: Number(shownPosition) })) onDone();
  };

  return (
    <div className="form">
      <div className="field">
        <span id={labelId} className="field-label">
          Ranger dans
        </span>
        <DestinationTree
          labelId={labelId}
          tree={tree}
          levels={levels}
          expanded={expanded}
          onExpandedChange={setExpanded}
          loading={loading}
          failed={failed}
          showMore={showMore}
          movedId={doc.id}
          value={parentId}
          onChange={(next) => {
            setChosen(next);
            setPosition(null);
          }}
        />
      </div>
      {level ? (
        <Select label="Position" name="position" options={positionOptions(siblings, level.hasMore)} value={shownPosition} onChange={setPosition} />
      ) : (
        <Loading label="Chargement des positions possibles…" />
      )}
      {status?.tone === 'error' && <Alert tone="error">{status.message}</Alert>}
      <div className="form-actions">
        <Button onPress={onDone}>Annuler</Button>
        <Button variant="primary" onPress={() => void submit()} isPending={moving} isDisabled={!level}>
          Déplacer
        </Button>
      </div>
    </div>
  );
}
