/** What Cocon tells people about documents, written once for every check that says it. */
export const DOCUMENT_MESSAGES = {
  // The same answer whether the document is missing or hidden from the caller, so nothing leaks.
  notFound: 'Ce document n’existe pas ou vous n’y avez pas accès.',
  inTrash: 'Ce document est dans la corbeille : restaurez-le d’abord.',
  alreadyInTrash: 'Ce document est déjà dans la corbeille.',
  notInTrash: 'Ce document n’est pas dans la corbeille.',
  /** A document trashed along with an ancestor comes back (or goes for good) with it. */
  trashedWith: (rootTitle: string | null) => `Ce document a été mis à la corbeille avec « ${rootTitle ?? 'un autre document'} » : agissez sur celui-ci.`,
  hasOfficialVersions:
    'Ce document (ou l’un de ses sous-documents) a des versions officielles : elles sont gardées pour toujours, il ne peut donc pas être supprimé définitivement.',
  underItself: 'Un document ne peut pas être rangé sous lui-même ni sous l’un de ses sous-documents.',
  parentElsewhere: 'Le document parent doit appartenir au même espace.',
  parentInTrash: 'Le document parent est dans la corbeille.',
} as const;
