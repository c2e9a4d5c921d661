import type { ReactNode } from 'react';
import { TreeLoadMoreItem } from 'react-aria-components';
import { Spinner } from '../../../ui/Loading';
import type { TreeNode } from '../lib/tree';

/** What the rows of a lazy tree need to know about the levels being fetched. */
export interface LevelsState {
  loading: ReadonlySet<string | null>;
  failed: ReadonlySet<string | null>;
  showMore: (parentId: string | null) => void;
}

/** Whether a row unfolds: it has live sub-documents, loaded or not yet. */
export const unfolds = (node: TreeNode) => node.childCount > 0 && (node.children === null || node.children.length > 0);

/**
 * What ends a level. Not loaded yet: a placeholder that lets the row unfold (arrows, aria-expanded) and reads
 * « Chargement… » once unfolded. Partly loaded: the next documents arrive when its end comes into view.
 */
export function levelEnd(
  parentId: string | null,
  node: { children: TreeNode[] | null; childCount: number; hasMore: boolean } | null,
  state: LevelsState,
): ReactNode {
  const notLoaded = node !== null && node.children === null && node.childCount > 0;
  if (!notLoaded && !node?.hasMore) return null;
  const failed = state.failed.has(parentId);
  return (
    <TreeLoadMoreItem
      className="tree-loader"
      isLoading={notLoaded ? state.loading.has(parentId) || failed : true}
      onLoadMore={notLoaded ? undefined : () => state.showMore(parentId)}
    >
      {failed ? (
        <span className="tree-loader-text">Impossible de charger ces documents pour l’instant.</span>
      ) : (
        <span className="tree-loader-text">
          <Spinner />
          Chargement…
        </span>
      )}
    </TreeLoadMoreItem>
  );
}
