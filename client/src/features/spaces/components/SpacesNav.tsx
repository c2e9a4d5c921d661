import { useId } from 'react';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { SpacesQuery } from '../graphql/spaces';
import { VisibilityLabel } from './VisibilityLabel';

/** The spaces the person may read, as links; the open space is marked as the current page. */
export function SpacesNav({ currentSlug }: { currentSlug: string | null }) {
  const titleId = useId();
  const [{ data, fetching }] = useQuery({ query: SpacesQuery });
  const { pathname } = useLocation();
  const spaces = data?.spaces ?? [];
  return (
    <nav aria-labelledby={titleId} className="sidebar-section">
      <h2 id={titleId} className="sidebar-title">
        Espaces
      </h2>
      {fetching && !data ? (
        <p className="sidebar-note">Chargement…</p>
      ) : spaces.length === 0 ? (
        <p className="sidebar-note">Aucun espace à afficher.</p>
      ) : (
        <ul className="sidebar-list">
          {spaces.map((space) => {
            const href = `/espaces/${space.slug}`;
            const isCurrentPage = pathname === href;
            return (
              <li key={space.id}>
                <Link
                  href={href}
                  className="sidebar-link"
                  aria-current={isCurrentPage ? 'page' : undefined}
                  data-active={space.slug === currentSlug || undefined}
                >
                  <span className="sidebar-link-text">{space.name}</span>
                  {space.visibility !== 'PUBLIC' && <VisibilityLabel visibility={space.visibility} compact />}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
