import { Link } from 'react-aria-components';
import { Outlet, useLocation } from 'react-router';
import { LoginInvite, NoAccess } from '../../../app/AccessPages';
import { Loading } from '../../../ui/Loading';
import { useMe } from '../../auth/hooks/useMe';

const SECTIONS = [
  { href: '/admin/structures', label: 'Structures' },
  { href: '/admin/espaces', label: 'Espaces' },
  { href: '/admin/comptes', label: 'Comptes' },
  { href: '/admin/invitations', label: 'Invitations' },
];

/** Administration is for administrators only; the server refuses the rest anyway. */
export function AdminLayout() {
  const { me, loading, can } = useMe();
  const { pathname } = useLocation();
  if (loading) return <Loading />;
  if (!me) return <LoginInvite />;
  if (!can('user.manage')) return <NoAccess />;
  return (
    <div className="page page--wide">
      <nav aria-label="Administration" className="admin-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="admin-nav-link" aria-current={pathname === section.href ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
