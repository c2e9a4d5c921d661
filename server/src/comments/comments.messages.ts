/** What Cocon tells people about discussions and comments, written once for every check that says it. */
export const COMMENT_MESSAGES = {
  threadNotFound: 'Cette discussion n’existe pas ou vous n’y avez pas accès.',
  commentNotFound: 'Ce commentaire n’existe pas ou vous n’y avez pas accès.',
  /** The two ends of a commented passage could not be read (sent malformed, or no longer in the document). */
  anchorUnreadable: 'L’emplacement du passage commenté est illisible. Sélectionnez le texte à nouveau.',
  documentInTrash: 'Ce document est dans la corbeille : restaurez-le pour le commenter.',
  rolesOnly: (roles: string) => `Dans cet espace, seuls ces rôles peuvent commenter : ${roles}.`,
  authorOnly: 'Seule la personne qui a écrit un commentaire peut le modifier ou le supprimer.',
  resolveNotAllowed:
    'Seules la personne qui a ouvert la discussion et les personnes qui rédigent dans cet espace peuvent la marquer comme résolue ou la rouvrir.',
  hiddenByModeration: 'Ce commentaire a été masqué par la modération : il ne peut plus être modifié.',
  deletedMeanwhile: 'Ce commentaire a été supprimé entre-temps.',
  alreadyHidden: 'Ce commentaire est déjà masqué.',
  notHidden: 'Ce commentaire n’est pas masqué.',
  threadDeletedMeanwhile: 'Cette discussion a été supprimée entre-temps : votre texte n’a pas été envoyé.',
  chosenPersonInactive: 'Une des personnes choisies après « @ » n’a pas de compte actif : choisissez-la de nouveau dans la liste.',
  exportScopeMissing: 'Indiquez le document (documentId) ou l’espace (spaceId) à exporter.',
} as const;
