/** What Cocon tells people about structures and their places, written once for every check that says it. */
export const STRUCTURE_MESSAGES = {
  notFound: 'Cette structure n’existe pas.',
  /** A structure chosen for an account or an invitation. */
  unknown: 'Cette structure est inconnue.',
  /** One of the structures chosen in a list (a space's readers, a filter). */
  oneUnknown: 'Une des structures choisies est inconnue.',
  oneSiteUnknown: 'Un des lieux choisis est inconnu.',
} as const;
