/** What Cocon tells people about spaces, written once for every check that says it. */
export const SPACE_MESSAGES = {
  notFound: 'Cet espace n’existe pas ou vous n’y avez pas accès.',
  notEmpty: 'Cet espace contient encore des documents (corbeille comprise) : videz-le avant de le supprimer.',
  slugTaken: 'Cette adresse est déjà prise par un autre espace.',
} as const;
