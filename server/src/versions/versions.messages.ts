/** What Cocon tells people about revisions and official versions, written once for every check that says it. */
export const VERSION_MESSAGES = {
  revisionNotFound: 'Cette révision n’existe pas ou vous n’y avez pas accès.',
  officialVersionNotFound: 'Cette version officielle n’existe pas ou vous n’y avez pas accès.',
} as const;
