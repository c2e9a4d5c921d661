import { ChevronDown } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import { useLogout } from '../features/auth/hooks/useLogout';
import { useMe } from '../features/auth/hooks/useMe';
import { NotificationsLink } from '../features/notifications/components/NotificationsLink';
import { LinkButton } from '../ui/Button';
import { MenuButton, MenuItem, MenuSection } from '../ui/Menu';
import { StructureBadge } from '../ui/StructureBadge';
import { MenuDrawer } from './MenuDrawer';

export function Header() {
  const { me, loading, can } = useMe();
  const logout = useLogout();
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
            <MenuButton
              menuLabel="Mon compte"
              variant="quiet"
              trigger={
                <>
                  Mon compte
                  <ChevronDown aria-hidden="true" size={16} />
                </>
              }
            >
              <MenuSection title={`${me.name} (${me.structure.shortName})`}>
                <MenuItem id="profil" href="/profil">
                  Profil
                </MenuItem>
                {can('user.manage') ? (
                  <MenuItem id="admin" href="/admin/structures">
                    Administration
                  </MenuItem>
                ) : null}
                <MenuItem id="logout" onAction={() => void logout()}>
                  Se déconnecter
                </MenuItem>
              </MenuSection>
            </MenuButton>
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
