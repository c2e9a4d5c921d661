/** What Cocon tells people about invitations, written once for every check that says it. */
export const INVITATION_MESSAGES = {
  notFound: 'Cette invitation n’existe pas.',
} as const;
