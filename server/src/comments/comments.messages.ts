/** What Cocon tells people about discussions and comments, written once for every check that says it. */
export const COMMENT_MESSAGES = {
  threadNotFound: 'Cette discussion n’existe pas ou vous n’y avez pas accès.',
  commentNotFound: 'Ce commentaire n’existe pas ou vous n’y avez pas accès.',
  /** The two ends of a commented passage could not be read (sent malformed, or no longer in the document). */
  anchorUnreadable: 'L’emplacement du passage commenté est illisible. Sélectionnez le texte à nouveau.',
} as const;
