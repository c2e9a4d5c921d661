import { Check, ChevronRight, FileText, House } from 'lucide-react';
import { Button, Collection, Tree, TreeItem, TreeItemContent, type Key, type Selection } from 'react-aria-components';
import type { TreeLevels, TreeNode } from '../lib/tree';
import { levelEnd, unfolds, type LevelsState } from './treeRows';

/** The key of the first row: the top of the space. */
export const TOP = 'haut-de-l-espace';

interface Props extends LevelsState {
  labelId: string;
  tree: TreeNode[];
  levels: TreeLevels;
  expanded: Set<Key>;
  onExpandedChange: (keys: Set<Key>) => void;
  /** The document being moved: shown in its place, but neither it nor what is below it can be chosen. */
  movedId: string;
  /** The chosen parent (null: the top of the space). */
  value: string | null;
  onChange: (parentId: string | null) => void;
}

/**
 * Where to put a document, chosen in the space's tree as it is shown elsewhere: a level at a time, so that it
 * stays usable in a space of thousands of documents. Arrows move, right and left unfold and fold, Space or
 * Enter chooses.
 */
export function DestinationTree({ labelId, tree, levels, expanded, onExpandedChange, movedId, value, onChange, ...state }: Props) {
  const dependencies = [state.loading, state.failed, levels, value];
  const row = (title: string, icon: 'top' | 'document', isSelected: boolean, extra?: string) => (
    <>
      {icon === 'top' ? <House className="tree-icon" aria-hidden="true" size={16} /> : <FileText className="tree-icon" aria-hidden="true" size={16} />}
      <span className="tree-title">
        {title}
        {extra && <span className="muted"> {extra}</span>}
      </span>
      {isSelected && <Check className="tree-check" aria-hidden="true" size={18} />}
    </>
  );

  return (
    <div className="destination-tree">
      <Tree
        aria-labelledby={labelId}
        className="doc-tree"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[value ?? TOP]}
        onSelectionChange={(keys: Selection) => {
          const [key] = keys === 'all' ? [] : [...keys];
          if (key !== undefined) onChange(key === TOP ? null : String(key));
        }}
        disabledKeys={[movedId]}
        expandedKeys={expanded}
        onExpandedChange={onExpandedChange}
        dependencies={dependencies}
      >
        <TreeItem id={TOP} textValue="Premier niveau de l’espace" className="doc-tree-item">
          <TreeItemContent>{({ isSelected }) => <div className="tree-row">{row('Premier niveau de l’espace', 'top', isSelected)}</div>}</TreeItemContent>
        </TreeItem>
        <Collection items={tree} dependencies={dependencies}>
          {function renderItem(node: TreeNode) {
            const isMoved = node.id === movedId;
            return (
              <TreeItem id={node.id} textValue={node.title} className="doc-tree-item" hasChildItems={!isMoved && unfolds(node)}>
                <TreeItemContent>
                  {({ hasChildItems, isExpanded, isSelected }) => (
                    <div className="tree-row">
                      <span className="tree-indent" style={{ width: `${(node.level - 1) * 1.25}rem` }} />
                      {hasChildItems ? (
                        <Button slot="chevron" className="tree-chevron" aria-label={isExpanded ? `Replier « ${node.title} »` : `Déplier « ${node.title} »`}>
                          <ChevronRight aria-hidden="true" size={16} />
                        </Button>
                      ) : (
                        <span className="tree-icon" />
                      )}
                      {row(node.title, 'document', isSelected, isMoved ? '(le document à déplacer)' : undefined)}
                    </div>
                  )}
                </TreeItemContent>
                {!isMoved && (
                  <>
                    <Collection items={node.children ?? []} dependencies={dependencies}>
                      {renderItem}
                    </Collection>
                    {levelEnd(node.id, node, state)}
                  </>
                )}
              </TreeItem>
            );
          }}
        </Collection>
        {levelEnd(null, { children: tree, childCount: tree.length, hasMore: levels.get(null)?.hasMore ?? false }, state)}
      </Tree>
    </div>
  );
}
