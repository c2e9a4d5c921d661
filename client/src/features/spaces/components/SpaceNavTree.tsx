import { ChevronRight, FileText } from 'lucide-react';
import { Button, Collection, Link, NavigationTree, NavigationTreeItem, NavigationTreeItemContent, type Key } from 'react-aria-components';
import { documentPath, findItem, type TreeLevels, type TreeNode } from '../lib/tree';
import { levelEnd, unfolds, type LevelsState } from './treeRows';

interface SpaceNavTreeProps extends LevelsState {
  spaceName: string;
  tree: TreeNode[];
  levels: TreeLevels;
  currentId: string | null;
  expanded: Set<Key>;
  onExpandedChange: (keys: Set<Key>) => void;
}

/** The sidebar's tree of links to the space's documents, each level loaded when it is unfolded. */
export function SpaceNavTree({ spaceName, tree, levels, currentId, expanded, onExpandedChange, ...state }: SpaceNavTreeProps) {
  const current = currentId ? findItem(levels, currentId) : undefined;
  const dependencies = [state.loading, state.failed, levels];
  return (
    <NavigationTree
      aria-label={`Documents de l’espace ${spaceName}`}
      className="nav-tree"
      selectedRoute={current ? documentPath(current) : null}
      expandedKeys={expanded}
      onExpandedChange={onExpandedChange}
      dependencies={dependencies}
    >
      <Collection items={tree} dependencies={dependencies}>
        {function renderItem(node: TreeNode) {
          return (
            <NavigationTreeItem id={node.id} textValue={node.title} href={documentPath(node)} className="nav-tree-item" hasChildItems={unfolds(node)}>
              <NavigationTreeItemContent>
                {({ hasChildItems, isExpanded }) => (
                  <div className="tree-row" style={{ paddingInlineStart: `${(node.level - 1) * 1}rem` }}>
                    {hasChildItems ? (
                      <Button slot="chevron" className="tree-chevron" aria-label={isExpanded ? `Replier « ${node.title} »` : `Déplier « ${node.title} »`}>
                        <ChevronRight aria-hidden="true" size={16} />
                      </Button>
                    ) : (
                      <FileText className="tree-icon" aria-hidden="true" size={16} />
                    )}
                    <Link className="tree-link">{node.title}</Link>
                  </div>
                )}
              </NavigationTreeItemContent>
              <Collection items={node.children ?? []} dependencies={dependencies}>
                {renderItem}
              </Collection>
              {levelEnd(node.id, node, state)}
            </NavigationTreeItem>
          );
        }}
      </Collection>
      {levelEnd(null, { children: tree, childCount: tree.length, hasMore: levels.get(null)?.hasMore ?? false }, state)}
    </NavigationTree>
  );
}
