import { In } from 'typeorm';
import { alignTo, defineLoader, groupTo } from '../common/loaders';
import { DocumentEvent } from '../documents/document-event.entity';
import { OfficialVersionEvent } from './official-version-event.entity';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';

/** Revisions by id. */
export const REVISION = defineLoader<string, Revision | null>(async (ids, manager) =>
  alignTo(ids, await manager.findBy(Revision, { id: In([...ids]) }), (revision) => revision.id),
);

export interface RevisionPage {
  documentId: string;
  limit: number;
  /** Only revisions numbered below this one; null from the newest. */
  before: number | null;
}

const pageKey = (page: RevisionPage) => `${page.documentId}:${page.limit}:${page.before}`;

/** A page of each document's revisions, newest first: one query for all the documents asked with the same page. */
export const REVISIONS_OF_DOCUMENT = defineLoader<RevisionPage, Revision[]>(async (pages, manager) => {
  const found = new Map<string, Revision[]>();
  for (const group of groupBy(pages, (page) => `${page.limit}:${page.before}`).values()) {
    const { limit, before } = group[0];
    const documentIds = group.map((page) => page.documentId);
    const revisions = await manager
      .createQueryBuilder(Revision, 'revision')
      .where(
        `revision.id IN (SELECT ranked.id FROM (
           SELECT id, row_number() OVER (PARTITION BY "documentId" ORDER BY number DESC) AS rank
           FROM document_revision WHERE "documentId" = ANY(:documentIds) AND (:before::int IS NULL OR number < :before::int)
         ) ranked WHERE ranked.rank <= :limit)`,
        { documentIds, before, limit },
      )
      .orderBy('revision.number', 'DESC')
      .getMany();
    groupTo(documentIds, revisions, (revision) => revision.documentId).forEach((list, index) => found.set(pageKey(group[index]), list));
  }
  return pages.map((page) => found.get(pageKey(page))!);
}, pageKey);

/** How many changes of title, place and trash a document's history shows. */
export const DOCUMENT_EVENTS_SHOWN = 200;

/** Each document's changes of title, place and trash, newest first. */
export const EVENTS_OF_DOCUMENT = defineLoader<string, DocumentEvent[]>(async (documentIds, manager) => {
  const events = await manager
    .createQueryBuilder(DocumentEvent, 'event')
    .where(
      `event.id IN (SELECT ranked.id FROM (
         SELECT id, row_number() OVER (PARTITION BY "documentId" ORDER BY at DESC, id DESC) AS rank
         FROM document_event WHERE "documentId" = ANY(:documentIds)
       ) ranked WHERE ranked.rank <= :shown)`,
      { documentIds, shown: DOCUMENT_EVENTS_SHOWN },
    )
    .orderBy('event.at', 'DESC')
    .addOrderBy('event.id', 'DESC')
    .getMany();
  return groupTo(documentIds, events, (event) => event.documentId);
});

/** Each document's official versions, oldest proposal first. */
export const OFFICIAL_VERSIONS_OF_DOCUMENT = defineLoader<string, OfficialVersion[]>(async (documentIds, manager) =>
  groupTo(
    documentIds,
    await manager.find(OfficialVersion, { where: { documentId: In([...documentIds]) }, order: { proposedAt: 'ASC' } }),
    (version) => version.documentId,
  ),
);

/** The official versions proposed or approved from each revision. */
export const OFFICIAL_VERSIONS_OF_REVISION = defineLoader<string, OfficialVersion[]>(async (revisionIds, manager) =>
  groupTo(
    revisionIds,
    await manager.find(OfficialVersion, { where: { revisionId: In([...revisionIds]) }, order: { proposedAt: 'ASC' } }),
    (version) => version.revisionId,
  ),
);

/** What happened to each official version: proposed, approved, withdrawn. */
export const EVENTS_OF_OFFICIAL_VERSION = defineLoader<string, OfficialVersionEvent[]>(async (versionIds, manager) =>
  groupTo(
    versionIds,
    await manager.find(OfficialVersionEvent, { where: { officialVersionId: In([...versionIds]) }, order: { at: 'ASC' } }),
    (event) => event.officialVersionId,
  ),
);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
