import { Bell } from 'lucide-react';
import { LinkButton } from '../../../ui/Button';
import { useUnreadCount } from '../hooks/useUnreadCount';
import '../notifications.css';

/** The header's bell: the page of notifications, with how many are unread (said in words too). */
export function NotificationsLink() {
  const unread = useUnreadCount(true);
  const label = unread === 0 ? 'Notifications, aucune non lue' : `Notifications, ${unread} non lue${unread > 1 ? 's' : ''}`;
  return (
    <LinkButton href="/notifications" variant="quiet" size="small" className="notifications-link" aria-label={label}>
      <Bell aria-hidden="true" size={20} />
      {unread > 0 && (
        <span className="notifications-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </LinkButton>
  );
}
