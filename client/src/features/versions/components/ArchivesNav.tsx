import { useId } from 'react';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';

/** In the sidebar, for everyone: the public archive of official versions. */
export function ArchivesNav() {
  const titleId = useId();
  const { pathname } = useLocation();
  return (
    <nav aria-labelledby={titleId} className="sidebar-section">
      <h2 id={titleId} className="sidebar-title">
        Archives
      </h2>
      <ul className="sidebar-list">
        <li>
          <Link
            href="/archives"
            className="sidebar-link"
            aria-current={pathname === '/archives' ? 'page' : undefined}
            data-active={pathname.startsWith('/archives/') || undefined}
          >
            <span className="sidebar-link-text">Versions officielles</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
