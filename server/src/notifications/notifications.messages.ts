/** What Cocon tells people about notifications, written once for every check that says it. */
export const NOTIFICATION_MESSAGES = {
  notFound: 'Cette notification n’existe pas.',
} as const;
