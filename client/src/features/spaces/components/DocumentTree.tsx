import { useRef } from 'react';
import { ChevronRight, Ellipsis, FileText, GripVertical } from 'lucide-react';
import { useNavigate } from 'react-router';
import { Button, Collection, Link, Tree, TreeItem, TreeItemContent, useDragAndDrop, type DropOperation, type Key } from 'react-aria-components';
import { MenuButton, MenuItem, MenuSeparator } from '../../../ui/Menu';
import type { DocumentAction } from '../../documents/components/documentActions';
import type { MoveTarget, TreeItem as Item, TreeLevels, TreeNode } from '../lib/tree';
import { documentPath, dropTarget, findItem, stepTarget, subtreeIds } from '../lib/tree';
import { levelEnd, unfolds, type LevelsState } from './treeRows';

interface DocumentTreeProps extends LevelsState {
  spaceName: string;
  tree: TreeNode[];
  levels: TreeLevels;
  expanded: Set<Key>;
  onExpandedChange: (keys: Set<Key>) => void;
  canEdit: boolean;
  onAction: (action: DocumentAction) => void;
  onMove: (doc: Item, target: MoveTarget) => void;
}

/**
 * The space's documents as an expandable tree of links, each level loaded when it is unfolded. Editors can drag
 * a document before, after or onto another one; the same moves are in each row's "Actions" menu for the keyboard
 * (Monter, Descendre, Déplacer…).
 */
export function DocumentTree({ spaceName, tree, levels, expanded, onExpandedChange, canEdit, onAction, onMove, ...state }: DocumentTreeProps) {
  const navigate = useNavigate();
  const dragged = useRef<string | null>(null);
  const byId = (key: Key) => findItem(levels, String(key));

  const { dragAndDropHooks } = useDragAndDrop<TreeNode>({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': byId(key)?.title ?? '' })),
    getAllowedDropOperations: () => ['move'],
    onDragStart: (event) => {
      dragged.current = String([...event.keys][0]);
    },
    // A document cannot go under itself or under one of its own sub-documents (those shown are those loaded).
    getDropOperation: (target, _types, allowed): DropOperation => {
      if (target.type === 'item' && dragged.current && subtreeIds(levels, dragged.current).has(String(target.key))) return 'cancel';
      return allowed.includes('move') ? 'move' : 'cancel';
    },
    onMove: (event) => {
      const doc = byId([...event.keys][0]);
      if (!doc) return;
      const target = dropTarget(levels, doc.id, String(event.target.key), event.target.dropPosition);
      if (!target) return;
      if (target.parentId) onExpandedChange(new Set([...expanded, target.parentId]));
      onMove(doc, target);
    },
  });

  const step = (doc: Item, direction: -1 | 1) => {
    const target = stepTarget(levels, doc.id, direction);
    if (target) onMove(doc, target);
  };
  const dependencies = [state.loading, state.failed, levels];

  return (
    <Tree
      aria-label={`Documents de l’espace ${spaceName}`}
      className="doc-tree"
      expandedKeys={expanded}
      onExpandedChange={onExpandedChange}
      // Tab reaches the buttons of the focused row (drag handle, Actions menu); arrows move between rows.
      keyboardNavigationBehavior="tab"
      // Enter on a row opens its document, like the link the row holds.
      onAction={(key) => {
        const doc = byId(key);
        if (doc) navigate(documentPath(doc));
      }}
      dragAndDropHooks={canEdit ? dragAndDropHooks : undefined}
      dependencies={dependencies}
    >
      <Collection items={tree} dependencies={dependencies}>
        {function renderItem(node: TreeNode) {
          const acted = { id: node.id, title: node.title };
          return (
            <TreeItem id={node.id} textValue={node.title} className="doc-tree-item" hasChildItems={unfolds(node)}>
              <TreeItemContent>
                {({ hasChildItems, isExpanded, allowsDragging }) => (
                  <div className="tree-row">
                    {allowsDragging && (
                      <Button slot="drag" className="tree-drag" aria-label={`Glisser « ${node.title} »`}>
                        <GripVertical aria-hidden="true" size={16} />
                      </Button>
                    )}
                    <span className="tree-indent" style={{ width: `${(node.level - 1) * 1.25}rem` }} />
                    {hasChildItems ? (
                      <Button slot="chevron" className="tree-chevron" aria-label={isExpanded ? `Replier « ${node.title} »` : `Déplier « ${node.title} »`}>
                        <ChevronRight aria-hidden="true" size={16} />
                      </Button>
                    ) : (
                      <FileText className="tree-icon" aria-hidden="true" size={16} />
                    )}
                    <Link
                      href={documentPath(node)}
                      className="tree-link"
                      // Dragging the title moves the row, not the address (the row itself is draggable).
                      render={(props) => ('href' in props ? <a {...props} draggable={false} /> : <span {...props} />)}
                    >
                      {node.title}
                    </Link>
                    {canEdit && (
                      <MenuButton
                        variant="quiet"
                        size="small"
                        className="tree-actions"
                        aria-label={`Actions pour « ${node.title} »`}
                        menuLabel={`Actions pour « ${node.title} »`}
                        trigger={<Ellipsis aria-hidden="true" size={18} />}
                      >
                        <MenuItem onAction={() => onAction({ kind: 'create', parent: acted })}>Nouveau sous-document</MenuItem>
                        <MenuItem onAction={() => onAction({ kind: 'rename', doc: acted })}>Renommer</MenuItem>
                        <MenuItem onAction={() => onAction({ kind: 'move', doc: acted })}>Déplacer…</MenuItem>
                        <MenuItem onAction={() => step(node, -1)} isDisabled={!stepTarget(levels, node.id, -1)}>
                          Monter
                        </MenuItem>
                        <MenuItem onAction={() => step(node, 1)} isDisabled={!stepTarget(levels, node.id, 1)}>
                          Descendre
                        </MenuItem>
                        <MenuSeparator />
                        <MenuItem onAction={() => onAction({ kind: 'trash', doc: acted })} className="menu-item--danger">
                          Mettre à la corbeille
                        </MenuItem>
                      </MenuButton>
                    )}
                  </div>
                )}
              </TreeItemContent>
              <Collection items={node.children ?? []} dependencies={dependencies}>
                {renderItem}
              </Collection>
              {levelEnd(node.id, node, state)}
            </TreeItem>
          );
        }}
      </Collection>
      {levelEnd(null, { children: tree, childCount: tree.length, hasMore: levels.get(null)?.hasMore ?? false }, state)}
    </Tree>
  );
}
