/** What Cocon tells people about accounts, written once for every check that says it. */
export const USER_MESSAGES = {
  notFound: 'Ce compte n’existe pas.',
} as const;
