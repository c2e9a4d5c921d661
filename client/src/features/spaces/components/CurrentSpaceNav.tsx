import { useId } from 'react';
import { Link } from 'react-aria-components';
import { useSpace } from '../hooks/useSpace';
import { SpaceNavTree } from './SpaceNavTree';

/** The open space's documents, in the sidebar. */
export function CurrentSpaceNav({ slug }: { slug: string }) {
  const titleId = useId();
  const { space, tree } = useSpace(slug);
  if (!space) return null;
  return (
    <nav aria-labelledby={titleId} className="sidebar-section">
      <h2 id={titleId} className="sidebar-title">
        <Link href={`/espaces/${space.slug}`} className="sidebar-title-link">
          {space.name}
        </Link>
      </h2>
      {tree.length === 0 ? (
        <p className="sidebar-note">Aucun document pour l’instant.</p>
      ) : (
        <SpaceNavTree spaceName={space.name} items={space.tree} tree={tree} />
      )}
    </nav>
  );
}
