import { LoginInvite } from '../../../app/AccessPages';
import { RoleName } from '../../../ui/Jargon';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { NotificationSettingsForm } from '../../notifications/components/NotificationSettingsForm';
import { useMe } from '../hooks/useMe';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileNameForm } from './ProfileNameForm';

export function ProfilePage() {
  const { me, loading } = useMe();
  if (loading) return <Loading />;
  if (!me) return <LoginInvite />;
  return (
    <div className="page page--narrow">
      <PageHeading>Mon profil</PageHeading>
      <dl className="facts">
        <div>
          <dt>Adresse e-mail</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>Rôle</dt>
          <dd>
            <RoleName role={me.role} />
          </dd>
        </div>
        <div>
          <dt>Structure</dt>
          <dd>
            <StructureBadge structure={me.structure} /> {me.structure.name}
          </dd>
        </div>
      </dl>
      <p className="muted">Votre rôle et votre structure sont choisis par un administrateur de Cocon.</p>
      <ProfileNameForm currentName={me.name} />
      <ChangePasswordForm />
      <NotificationSettingsForm />
    </div>
  );
}
