import { useLogout } from '../features/auth/hooks/useLogout';
import type { Me } from '../features/auth/hooks/useMe';
import { MenuButton, MenuItem, MenuSection } from '../ui/Menu';
import { accountMenuTrigger } from './AccountMenuPlaceholder';

/** The signed-in person's menu: profile, administration when they may, logging out. */
export function AccountMenu({ me, canAdminister }: { me: Me; canAdminister: boolean }) {
  const logout = useLogout();
  return (
    <MenuButton menuLabel="Mon compte" variant="quiet" trigger={accountMenuTrigger}>
      <MenuSection title={`${me.name} (${me.structure.shortName})`}>
        <MenuItem id="profil" href="/profil">
          Profil
        </MenuItem>
        {canAdminister ? (
          <MenuItem id="admin" href="/admin/structures">
            Administration
          </MenuItem>
        ) : null}
        <MenuItem id="logout" onAction={() => void logout()}>
          Se déconnecter
        </MenuItem>
      </MenuSection>
    </MenuButton>
  );
}
