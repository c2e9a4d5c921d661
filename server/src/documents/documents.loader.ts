import { In, IsNull } from 'typeorm';
import { alignTo, defineLoader, groupTo } from '../common/loaders';
import { Space } from '../spaces/space.entity';
import { Document } from './document.entity';

/** Documents by id, in the trash or not: who may read them is for the caller to check (PolicyService). */
export const DOCUMENT = defineLoader<string, Document | null>(async (ids, manager) =>
  alignTo(ids, await manager.findBy(Document, { id: In([...ids]) }), (document) => document.id),
);

/** The space of documents, by the space's id. */
export const SPACE = defineLoader<string, Space | null>(async (ids, manager) =>
  alignTo(ids, await manager.findBy(Space, { id: In([...ids]) }), (space) => space.id),
);

/** The sub-documents of each document, in their order, outside the trash. */
export const CHILDREN = defineLoader<string, Document[]>(async (parentIds, manager) => {
  const children = await manager.find(Document, {
    where: { parentId: In([...parentIds]), deletedAt: IsNull() },
    order: { position: 'ASC' },
  });
  return groupTo(parentIds, children, (child) => child.parentId!);
});

/** The parents of each document, from the top of its space down to its own parent: the breadcrumbs. */
export const ANCESTORS = defineLoader<string, Document[]>(async (ids, manager) => {
  const steps: { start: string; id: string }[] = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT id AS start, "parentId" AS id, 1 AS depth FROM document WHERE id = ANY($1::uuid[]) AND "parentId" IS NOT NULL
       UNION ALL
       SELECT up.start, d."parentId", up.depth + 1 FROM document d JOIN up ON d.id = up.id WHERE d."parentId" IS NOT NULL AND up.depth < 100
     ) SELECT start, id FROM up ORDER BY start, depth DESC`,
    [ids],
  );
  const found = steps.length ? await manager.findBy(Document, { id: In([...new Set(steps.map((step) => step.id))]) }) : [];
  const byId = new Map(found.map((document) => [document.id, document]));
  return groupTo(ids, steps, (step) => step.start).map((path) => path.map((step) => byId.get(step.id)!));
});
