import { In, IsNull } from 'typeorm';
import { defineLoader, groupTo } from '../common/loaders';
import { Document } from '../documents/document.entity';

/** The top-level documents of each space, in their order, outside the trash. */
export const TOP_LEVEL_DOCUMENTS = defineLoader<string, Document[]>(async (spaceIds, manager) => {
  const documents = await manager.find(Document, {
    where: { spaceId: In([...spaceIds]), parentId: IsNull(), deletedAt: IsNull() },
    order: { position: 'ASC' },
  });
  return groupTo(spaceIds, documents, (document) => document.spaceId);
});
