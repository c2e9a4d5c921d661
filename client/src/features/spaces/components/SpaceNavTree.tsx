import { useState } from 'react';
import { ChevronRight, FileText } from 'lucide-react';
import {
  Button,
  Collection,
  Link,
  NavigationTree,
  NavigationTreeItem,
  NavigationTreeItemContent,
  type Key,
} from 'react-aria-components';
import { useLocation } from 'react-router';
import { ancestorIds, documentPath, type FlatItem, type TreeNode } from '../lib/tree';

interface SpaceNavTreeProps {
  spaceName: string;
  items: readonly FlatItem[];
  tree: TreeNode[];
}

/** The sidebar's tree of links to the space's documents; the open document and its parents are unfolded. */
export function SpaceNavTree({ spaceName, items, tree }: SpaceNavTreeProps) {
  const { pathname } = useLocation();
  const currentId = /^\/d\/([^/]+)/.exec(pathname)?.[1] ?? null;
  const current = currentId ? items.find((item) => item.id === currentId) : undefined;
  const selectedRoute = current ? documentPath(current) : null;
  // The open document is unfolded too, so its sub-documents are one step away.
  const unfold = (id: string | null): string[] => (id ? [...ancestorIds(items, id), id] : []);
  const [expanded, setExpanded] = useState<Set<Key>>(() => new Set(unfold(currentId)));
  const [unfoldedFor, setUnfoldedFor] = useState(currentId);

  // Opening another document (a link, the breadcrumbs) unfolds its parents too, keeping what the person unfolded.
  if (currentId !== unfoldedFor) {
    setUnfoldedFor(currentId);
    if (currentId) setExpanded(new Set([...expanded, ...unfold(currentId)]));
  }

  return (
    <NavigationTree
      aria-label={`Documents de l’espace ${spaceName}`}
      className="nav-tree"
      items={tree}
      selectedRoute={selectedRoute}
      expandedKeys={expanded}
      onExpandedChange={setExpanded}
    >
      {function renderItem(node: TreeNode) {
        return (
          <NavigationTreeItem id={node.id} textValue={node.title} href={documentPath(node)} className="nav-tree-item">
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
            <Collection items={node.children}>{renderItem}</Collection>
          </NavigationTreeItem>
        );
      }}
    </NavigationTree>
  );
}
