import { useMemo, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Loading } from '../../../ui/Loading';
import { Select, type SelectOption } from '../../../ui/Select';
import { useSpace } from '../../spaces/hooks/useSpace';
import { childrenOf, flatten, subtreeIds, type FlatItem, type TreeNode } from '../../spaces/lib/tree';
import { useMoveDocument } from '../hooks/useMoveDocument';
import type { ActedDocument } from './documentActions';

const TOP = 'haut-de-l-espace';

interface Props {
  doc: ActedDocument;
  spaceSlug: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** Moving without dragging: choose the new parent, then the place among its documents. */
export function MoveDocumentDialog({ doc, spaceSlug, isOpen, onOpenChange }: Props) {
  return (
    <ModalDialog title={`Déplacer « ${doc.title} »`} isOpen={isOpen} onOpenChange={onOpenChange}>
      <MoveForm doc={doc} spaceSlug={spaceSlug} onDone={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function parentOptions(tree: TreeNode[], excluded: Set<string>): SelectOption[] {
  const paths = new Map<string, string>();
  const options: SelectOption[] = [{ id: TOP, label: 'Haut de l’espace' }];
  for (const node of flatten(tree)) {
    if (excluded.has(node.id)) continue;
    const parentPath = node.parentId ? paths.get(node.parentId) : undefined;
    const path = parentPath ? `${parentPath} › ${node.title}` : node.title;
    paths.set(node.id, path);
    options.push({
      id: node.id,
      label: path,
      display: <span style={{ paddingInlineStart: `${(node.level - 1) * 1.25}rem` }}>{node.title}</span>,
    });
  }
  return options;
}

function positionOptions(siblings: FlatItem[]): SelectOption[] {
  return [
    { id: '0', label: 'En premier' },
    ...siblings.map((sibling, index) => ({ id: String(index + 1), label: `Après « ${sibling.title} »` })),
  ];
}

function MoveForm({ doc, spaceSlug, onDone }: { doc: ActedDocument; spaceSlug: string; onDone: () => void }) {
  const { space, tree, loading } = useSpace(spaceSlug);
  const { move, moving, status } = useMoveDocument();
  const items = useMemo(() => space?.tree ?? [], [space]);
  const current = items.find((item) => item.id === doc.id);
  const currentParent = current?.parentId ?? null;
  const [parentKey, setParentKey] = useState<string>(currentParent ?? TOP);
  const parentId = parentKey === TOP ? null : parentKey;
  const siblings = childrenOf(items, parentId).filter((item) => item.id !== doc.id);
  const currentIndex = childrenOf(items, currentParent).findIndex((item) => item.id === doc.id);
  const [position, setPosition] = useState<string>(String(parentId === currentParent && currentIndex >= 0 ? currentIndex : siblings.length));

  if (loading) return <Loading />;
  const parents = parentOptions(tree, subtreeIds(items, doc.id));

  const chooseParent = (key: string) => {
    setParentKey(key);
    const nextParent = key === TOP ? null : key;
    const count = childrenOf(items, nextParent).filter((item) => item.id !== doc.id).length;
    setPosition(String(nextParent === currentParent && currentIndex >= 0 ? currentIndex : count));
  };

  const submit = async () => {
    if (await move(doc, { parentId, position: Number(position) })) onDone();
  };

  return (
    <div className="form">
      <Select label="Ranger dans" name="parentId" options={parents} value={parentKey} onChange={chooseParent} />
      <Select label="Position" name="position" options={positionOptions(siblings)} value={position} onChange={setPosition} />
      {status?.tone === 'error' && <Alert tone="error">{status.message}</Alert>}
      <div className="form-actions">
        <Button onPress={onDone}>Annuler</Button>
        <Button variant="primary" onPress={() => void submit()} isPending={moving}>
          Déplacer
        </Button>
      </div>
    </div>
  );
}
