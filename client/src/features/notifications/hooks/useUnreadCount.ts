import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { NotificationCountSubscription, UnreadCountQuery } from '../graphql/notifications';
import { onLiveReconnected } from '../lib/liveExchange';

/** How many notifications the person has not read, kept up to date live while any page is open. */
export function useUnreadCount(signedIn: boolean): number {
  const [{ data }, reexecute] = useQuery({ query: UnreadCountQuery, pause: !signedIn, requestPolicy: 'cache-and-network' });
  const [{ data: live }] = useSubscription({ query: NotificationCountSubscription, pause: !signedIn });
  useEffect(() => onLiveReconnected(() => reexecute({ requestPolicy: 'network-only' })), [reexecute]);
  // The live count is newer than the one first read, until a fresh read comes back.
  return live?.notificationCountChanged ?? data?.unreadNotificationCount ?? 0;
}
