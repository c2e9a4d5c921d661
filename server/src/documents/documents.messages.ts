/** What Cocon tells people about documents, written once for every check that says it. */
export const DOCUMENT_MESSAGES = {
  // The same answer whether the document is missing or hidden from the caller, so nothing leaks.
  notFound: 'Ce document n’existe pas ou vous n’y avez pas accès.',
  inTrash: 'Ce document est dans la corbeille : restaurez-le d’abord.',
} as const;
