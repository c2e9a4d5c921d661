import { useId } from 'react';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import { Loading } from '../../../ui/Loading';
import { useLazyTree } from '../hooks/useLazyTree';
import { useSpace } from '../hooks/useSpace';
import { SpaceNavTree } from './SpaceNavTree';

/** The open space's documents, in the sidebar. */
export function CurrentSpaceNav({ slug }: { slug: string }) {
  const titleId = useId();
  const { space } = useSpace(slug);
  if (!space) return null;
  return (
    <nav aria-labelledby={titleId} className="sidebar-section">
      <h2 id={titleId} className="sidebar-title">
        <Link href={`/espaces/${space.slug}`} className="sidebar-title-link">
          {space.name}
        </Link>
      </h2>
      <SpaceNavDocuments key={space.slug} slug={space.slug} spaceName={space.name} />
    </nav>
  );
}

/** The tree opens on the document shown in the page, its parents unfolded. */
function SpaceNavDocuments({ slug, spaceName }: { slug: string; spaceName: string }) {
  const { pathname } = useLocation();
  const currentId = /^\/d\/([^/]+)/.exec(pathname)?.[1] ?? null;
  const { tree, levels, loading, failed, expanded, setExpanded, showMore } = useLazyTree({ slug, documentId: currentId });
  if (failed.has(null)) return <p className="sidebar-note">Impossible de charger les documents pour l’instant.</p>;
  if (loading.has(null)) return <Loading label="Chargement des documents…" />;
  if (tree.length === 0) return <p className="sidebar-note">Aucun document pour l’instant.</p>;
  return (
    <SpaceNavTree
      spaceName={spaceName}
      tree={tree}
      levels={levels}
      currentId={currentId}
      expanded={expanded}
      onExpandedChange={setExpanded}
      loading={loading}
      failed={failed}
      showMore={showMore}
    />
  );
}
