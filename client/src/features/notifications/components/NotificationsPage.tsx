import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { LoginInvite } from '../../../app/AccessPages';
import type { NotificationsQuery as Page } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { useMe } from '../../auth/hooks/useMe';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationsQuery } from '../graphql/notifications';
import '../notifications.css';
import { quoted } from '../../../ui/quoted';

type Item = Page['notifications']['items'][number];

function NotificationItem({ item, onOpen }: { item: Item; onOpen: (item: Item) => void }) {
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <p className="notification-summary">
        {unread && <span className="notification-unread">Non lue · </span>}
        <Link className="text-link" href={item.link} onPress={() => onOpen(item)}>
          {item.summary}
        </Link>
        {item.actorStructure && (
          <>
            {' '}
            <StructureBadge structure={item.actorStructure} />
          </>
        )}
      </p>
      {item.excerpt && <p className="notification-detail">Passage : {quoted(item.excerpt)}</p>}
      {item.commentText && <p className="notification-detail notification-comment">{quoted(item.commentText)}</p>}
      <p className="notification-time">
        <Time value={item.createdAt} />
      </p>
    </li>
  );
}

/** Every notification, newest first: what happened, where, and a link to the discussion (which marks it read). */
export function NotificationsPage() {
  const { me, loading } = useMe();
  const [after, setAfter] = useState<string[]>([]);
  if (loading) return <Loading />;
  if (!me) return <LoginInvite reason="Les notifications sont celles de votre compte." />;
  return <Notifications pages={[null, ...after]} onMore={(last) => setAfter([...after, last])} />;
}

function Notifications({ pages, onMore }: { pages: (string | null)[]; onMore: (last: string) => void }) {
  const [allRead, markAll] = useMutation(MarkAllNotificationsReadMutation);
  const [first] = useQuery({ query: NotificationsQuery, variables: { after: null }, requestPolicy: 'cache-and-network' });
  const unread = first.data?.notifications.unreadCount ?? 0;
  return (
    <div className="page">
      <PageHeading>Notifications</PageHeading>
      <p className="muted">
        Les mentions de votre nom ou de votre structure, et ce qui se passe dans les discussions où vous avez écrit.{' '}
        <Link className="text-link" href="/profil#notifications">
          Choisir ce qui vous est signalé
        </Link>
      </p>
      {unread > 0 && (
        <p>
          <Button size="small" onPress={() => void markAll({})} isPending={allRead.fetching}>
            Tout marquer comme lu ({unread})
          </Button>
        </p>
      )}
      {allRead.error && <Alert tone="error">{toShownError(allRead.error).message}</Alert>}
      {pages.map((after, index) => (
        <NotificationPage key={after ?? 'first'} after={after} last={index === pages.length - 1} onMore={onMore} />
      ))}
    </div>
  );
}

function NotificationPage({ after, last, onMore }: { after: string | null; last: boolean; onMore: (last: string) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: NotificationsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  if (fetching && !data) return <Loading label="Chargement des notifications…" />;
  if (error) return <Alert tone="error">{toShownError(error).message}</Alert>;
  const page = data!.notifications;
  if (after === null && page.items.length === 0) {
    return (
      <EmptyState title="Aucune notification pour l’instant">
        Vous serez prévenu ici quand quelqu’un vous mentionne ({quoted('@Prénom Nom')}) ou mentionne votre structure, et quand on répond dans une discussion où
        vous avez écrit.
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="notification-list">
        {page.items.map((item) => (
          <NotificationItem key={item.id} item={item} onOpen={(opened) => opened.readAt === null && void markRead({ id: opened.id })} />
        ))}
      </ul>
      {last && page.hasMore && (
        <Button size="small" onPress={() => onMore(page.items[page.items.length - 1].id)}>
          Voir les plus anciennes
        </Button>
      )}
    </>
  );
}
