import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DocumentTreeItem, DocumentTreeLevel } from './document-tree-item.model';

/** The columns of a tree item, read from `d`, with its count of live sub-documents (one index range each). */
const ITEM_COLUMNS = `d.id, d.title, d.slug, d."parentId", d.position,
  (SELECT count(*) FROM document c WHERE c."spaceId" = $1 AND c."parentId" = d.id AND c."deletedAt" IS NULL)::int AS "childCount"`;

/** The live documents of one level of a space, in order; one more than asked, to tell whether others follow. */
const levelRows = (parent: string, limit: string) => `
  SELECT ${ITEM_COLUMNS} FROM document d
  WHERE d."spaceId" = $1 AND d."parentId" ${parent} AND d."deletedAt" IS NULL
  ORDER BY d.position, d.id LIMIT ${limit} + 1`;

/**
 * The levels that lead to a document, in one statement: the path up from it, then the top level, the level under
 * each of its parents and its own sub-documents. A level reaches at least as far as the document of the path it
 * holds (positions are ranks), so the path is always shown even in a long level. The top level sorts first (depth
 * 1000, beyond any path), the document's own sub-documents last.
 */
const PATH_LEVELS = `
  WITH RECURSIVE path AS (
    SELECT id, "parentId", position, 0 AS depth FROM document WHERE id = $2 AND "spaceId" = $1 AND "deletedAt" IS NULL
    UNION ALL
    SELECT d.id, d."parentId", d.position, path.depth + 1 FROM document d JOIN path ON d.id = path."parentId"
    WHERE d."spaceId" = $1 AND path.depth < 100
  ),
  levels AS (
    SELECT "parentId" AS parent, GREATEST($3::int, position + 1) AS size, depth + 1 AS depth FROM path WHERE "parentId" IS NOT NULL
    UNION ALL
    SELECT id, $3::int, 0 FROM path WHERE depth = 0
  ),
  top AS (SELECT GREATEST($3::int, COALESCE((SELECT position + 1 FROM path WHERE "parentId" IS NULL), 0)) AS size)
  SELECT * FROM (
    SELECT NULL::uuid AS "levelId", top.size AS "levelSize", 1000 AS "levelDepth", item.*
      FROM top LEFT JOIN LATERAL (${levelRows('IS NULL', 'top.size')}) item ON TRUE
    UNION ALL
    SELECT levels.parent, levels.size, levels.depth, item.*
      FROM levels LEFT JOIN LATERAL (${levelRows('= levels.parent', 'levels.size')}) item ON TRUE
  ) found ORDER BY "levelDepth" DESC, position, id`;

interface PathRow extends DocumentTreeItem {
  levelId: string | null;
  levelSize: number;
  levelDepth: number;
}

/** A level from its rows, read one past its size. */
function toLevel(parentId: string | null, rows: DocumentTreeItem[], size: number): DocumentTreeLevel {
  return { parentId, items: rows.slice(0, size), hasMore: rows.length > size };
}

/**
 * The tree of a space, read a level at a time: a big space never travels whole. Plain rows rather than entities:
 * the tree shows a title and a link, and hydrating entities would cost more than the query.
 */
@Injectable()
export class SpaceTreeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The live documents under a parent (null: the top of the space); a parent elsewhere or in the trash has none. */
  async level(spaceId: string, parentId: string | null, first: number): Promise<DocumentTreeLevel> {
    const rows: DocumentTreeItem[] = parentId
      ? await this.dataSource.query(levelRows('= $2', '$3'), [spaceId, parentId, first])
      : await this.dataSource.query(levelRows('IS NULL', '$2'), [spaceId, first]);
    return toLevel(parentId, rows, first);
  }

  /**
   * The levels to open to show a document: the top one, then the one under each of its parents from the top
   * down, then its own sub-documents. Only the top level when the document is not a live one of this space.
   */
  async path(spaceId: string, documentId: string, first: number): Promise<DocumentTreeLevel[]> {
    const rows: PathRow[] = await this.dataSource.query(PATH_LEVELS, [spaceId, documentId, first]);
    // Rows come level by level, from the top down; a level without documents still comes, as one empty row.
    const levels = new Map<string | null, { size: number; rows: DocumentTreeItem[] }>();
    for (const { levelId, levelSize, levelDepth: _depth, ...item } of rows) {
      const level = levels.get(levelId) ?? { size: levelSize, rows: [] };
      if (item.id) level.rows.push(item);
      levels.set(levelId, level);
    }
    return [...levels].map(([parentId, level]) => toLevel(parentId, level.rows, level.size));
  }
}
