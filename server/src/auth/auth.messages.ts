/** What Cocon tells people about logging in and the links it sends, written once for every check that says it. */
export const AUTH_MESSAGES = {
  linkUsed: 'Ce lien a déjà été utilisé.',
} as const;
