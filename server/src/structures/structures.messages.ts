/** What Cocon tells people about structures and their places, written once for every check that says it. */
export const STRUCTURE_MESSAGES = {
  notFound: 'Cette structure n’existe pas.',
  /** A structure chosen for an account or an invitation. */
  unknown: 'Cette structure est inconnue.',
  /** One of the structures chosen in a list (a space's readers, a filter). */
  oneUnknown: 'Une des structures choisies est inconnue.',
  oneSiteUnknown: 'Un des lieux choisis est inconnu.',
  nameTaken: 'Une structure porte déjà ce nom.',
  stillHasMembers: (members: number) =>
    `${members} compte${members > 1 ? 's appartiennent' : ' appartient'} encore à cette structure : rattachez-les d’abord à une autre structure.`,
} as const;
