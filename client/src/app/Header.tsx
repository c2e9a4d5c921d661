import { lazy, Suspense } from 'react';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { NotificationsLink } from '../features/notifications/components/NotificationsLink';
import { LinkButton } from '../ui/Button';
import { StructureBadge } from '../ui/StructureBadge';
import { AccountMenuPlaceholder } from './AccountMenuPlaceholder';
import { MenuDrawer } from './MenuDrawer';

// The menu (and its library code) is for people with an account: visitors never download it.
const AccountMenu = lazy(async () => ({ default: (await import('./AccountMenu')).AccountMenu }));

export function Header() {
  const { me, loading, can } = useMe();
  const location = useLocation();
  const here = location.pathname + location.search;
  const loginHref = location.pathname === '/connexion' ? here : `/connexion?retour=${encodeURIComponent(here)}`;

  return (
    <header className="app-header">
      <MenuDrawer />
      <Link href="/" className="brand" aria-label="Cocon, accueil">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="currentColor" />
          <path d="M9 17a7 7 0 0 1 14 0v6H9z" fill="#fff" />
        </svg>
        <span className="brand-name">Cocon</span>
      </Link>
      <div className="header-end">
        {loading ? null : me ? (
          <>
            <NotificationsLink />
            <p className="header-person">
              <span className="header-person-name">{me.name}</span>
              <StructureBadge structure={me.structure} />
            </p>
            <Suspense fallback={<AccountMenuPlaceholder />}>
              <AccountMenu me={me} canAdminister={can('user.manage')} />
            </Suspense>
          </>
        ) : (
          <LinkButton href={loginHref} variant="primary" size="small">
            Se connecter
          </LinkButton>
        )}
      </div>
    </header>
  );
}
