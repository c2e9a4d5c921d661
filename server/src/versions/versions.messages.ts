import type { OfficialVersionStatus } from './official-version.entity';

/** What Cocon tells people about revisions and official versions, written once for every check that says it. */
export const VERSION_MESSAGES = {
  revisionNotFound: 'Cette révision n’existe pas ou vous n’y avez pas accès.',
  officialVersionNotFound: 'Cette version officielle n’existe pas ou vous n’y avez pas accès.',
  frozen: 'Cette révision est une version officielle validée : elle est figée et ne peut plus changer.',
  comparedAcrossDocuments: 'Ces deux révisions appartiennent à des documents différents : on ne compare que deux états d’un même document.',
  revisionOfAnotherDocument: 'Cette révision appartient à un autre document.',
  /** Why a version cannot be decided on again, by the status it already has. */
  alreadyDecided: {
    PROPOSED: 'Cette version attend encore sa validation.',
    APPROVED: 'Cette version officielle est déjà validée et figée : elle ne peut plus changer.',
    WITHDRAWN: 'Cette proposition a été retirée.',
  } satisfies Record<OfficialVersionStatus, string>,
  slugTaken: (label: string, slug: string, approved: boolean) =>
    approved
      ? `La version « ${label} » (${slug}) existe déjà : choisissez une autre forme courte.`
      : `La version « ${label} » (${slug}) attend déjà sa validation.`,
} as const;
