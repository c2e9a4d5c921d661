/** What Cocon tells people about spaces, written once for every check that says it. */
export const SPACE_MESSAGES = {
  notFound: 'Cet espace n’existe pas ou vous n’y avez pas accès.',
} as const;
