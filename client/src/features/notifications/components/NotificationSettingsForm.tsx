import { useMutation, useQuery } from 'urql';
import type { UpdateNotificationSettingsInput } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Checkbox } from '../../../ui/Checkbox';
import { Loading } from '../../../ui/Loading';
import { NotificationSettingsQuery, UpdateNotificationSettingsMutation } from '../graphql/notifications';
import { quoted } from '../../../ui/quoted';

/** On the profile page: what the person wants to be told, and whether by e-mail. Each box is saved at once. */
export function NotificationSettingsForm() {
  const [{ data, fetching }] = useQuery({ query: NotificationSettingsQuery });
  const [saved, save] = useMutation(UpdateNotificationSettingsMutation);
  const settings = saved.data?.updateNotificationSettings ?? data?.notificationSettings;
  const change = (input: UpdateNotificationSettingsInput) => void save({ input });
  return (
    <section className="section" aria-labelledby="notifications" id="notifications-settings">
      <h2 id="notifications" tabIndex={-1}>
        Notifications
      </h2>
      <p className="muted">Quand on vous mentionne par votre nom ({quoted('@Prénom Nom')}), vous êtes toujours prévenu dans Cocon.</p>
      {fetching && !settings ? (
        <Loading />
      ) : (
        settings && (
          <div className="checkbox-group-items">
            <Checkbox isSelected={settings.structureMentions} onChange={(structureMentions) => change({ structureMentions })}>
              Me prévenir quand ma structure est mentionnée (par exemple {quoted('@CAF')})
            </Checkbox>
            <Checkbox isSelected={settings.threadActivity} onChange={(threadActivity) => change({ threadActivity })}>
              Me prévenir des réponses et des discussions résolues ou rouvertes, là où j’ai écrit
            </Checkbox>
            <Checkbox isSelected={settings.emailDigest} onChange={(emailDigest) => change({ emailDigest })} isDisabled={!settings.emailAvailable}>
              Recevoir aussi par e-mail ce que je n’ai pas lu, en un message toutes les 15 minutes au plus
            </Checkbox>
            {!settings.emailAvailable && <p className="muted">Ce serveur n’envoie pas d’e-mails : tout reste dans Cocon, page Notifications.</p>}
          </div>
        )
      )}
      <p className="visually-hidden" role="status">
        {saved.data && !saved.fetching ? 'Réglages enregistrés.' : ''}
      </p>
      {saved.error && <Alert tone="error">{toShownError(saved.error).message}</Alert>}
    </section>
  );
}
