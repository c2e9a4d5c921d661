import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($after: ID) {
    notifications(first: 20, after: $after) {
      unreadCount
      hasMore
      items {
        id
        kind
        summary
        link
        excerpt
        commentText
        createdAt
        readAt
        actorStructure {
          id
          name
          shortName
          color
        }
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationCountSubscription = graphql(`
  subscription NotificationCountChanged {
    notificationCountChanged
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      structureMentions
      threadActivity
      emailDigest
      emailAvailable
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      structureMentions
      threadActivity
      emailDigest
      emailAvailable
    }
  }
`);
