/** What Cocon tells people about accounts, written once for every check that says it. */
export const USER_MESSAGES = {
  notFound: 'Ce compte n’existe pas.',
  disabled: 'Ce compte est désactivé : réactivez-le d’abord.',
  /** An administrator cannot lock themselves out by changing their own account. */
  notSelf: 'Vous ne pouvez pas modifier votre propre rôle, votre structure ou l’état de votre compte.',
} as const;
