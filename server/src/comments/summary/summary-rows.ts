import type { EntityManager } from 'typeorm';
import { RECENT_PER_DOCUMENT } from './summary-recent.entity';
import { ALL_STRUCTURES } from './summary-row.entity';

/**
 * Changes to one document's discussions run one at a time (a transaction-scoped lock): its summary rows are
 * rewritten whole, and two rewrites at once would leave both. Taken first in every such transaction, before any
 * thread row, so that locks are always taken in the same order.
 */
export async function lockDocumentDiscussions(manager: EntityManager, documentId: string): Promise<void> {
  await manager.query("SELECT pg_advisory_xact_lock(hashtext('comments:' || $1))", [documentId]);
}

/**
 * Which structures spoke in a discussion, and how often: its readable comments (not deleted, not hidden) counted
 * by the author's structure at the time, kept on the thread as { "<structure id>": count } ('' for a structure
 * deleted since). Called in the transaction of every change to the discussion's comments.
 */
export async function countSpeakers(manager: EntityManager, threadId: string): Promise<void> {
  await manager.query(
    `UPDATE comment_thread SET speakers = coalesce((
       SELECT jsonb_object_agg(speaker, n) FROM (
         SELECT coalesce(c."authorStructureId"::text, '') AS speaker, count(*) AS n FROM comment c
         WHERE c."threadId" = $1 AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL GROUP BY 1
       ) counted), '{}'::jsonb)
     WHERE id = $1`,
    [threadId],
  );
}

/**
 * Rewrites the summary rows of a document from its discussions: after any change to them (a comment, a status, a
 * chapter worked out again), in the same transaction.
 */
export async function summariseDocument(manager: EntityManager, documentId: string): Promise<void> {
  await lockDocumentDiscussions(manager, documentId);
  await manager.query('DELETE FROM comment_summary WHERE "documentId" = $1', [documentId]);
  await manager.query(
    `INSERT INTO comment_summary ("documentId", "structureKey", chapter, "chapterIndex", status, threads, comments)
     SELECT t."documentId", s.key, t.chapter, t."chapterIndex", t.status, count(*)::int, sum(s.value::int)::int
     FROM comment_thread t CROSS JOIN LATERAL jsonb_each_text(t.speakers) AS s
     WHERE t."documentId" = $1 AND t."deletedAt" IS NULL
     GROUP BY 1, 2, 3, 4, 5
     UNION ALL
     SELECT t."documentId", $2, t.chapter, t."chapterIndex", t.status, count(*)::int, 0
     FROM comment_thread t WHERE t."documentId" = $1 AND t."deletedAt" IS NULL
     GROUP BY 1, 2, 3, 4, 5`,
    [documentId, ALL_STRUCTURES],
  );
  await manager.query('DELETE FROM comment_summary_recent WHERE "documentId" = $1', [documentId]);
  await manager.query(
    `INSERT INTO comment_summary_recent ("documentId", "structureKey", "threadIds", activity)
     SELECT t."documentId", s.key, (array_agg(t.id ORDER BY t."lastActivityAt" DESC, t.id))[1:$2],
            (array_agg(t."lastActivityAt" ORDER BY t."lastActivityAt" DESC, t.id))[1:$2]
     FROM comment_thread t CROSS JOIN LATERAL jsonb_object_keys(t.speakers) AS s(key)
     WHERE t."documentId" = $1 AND t."deletedAt" IS NULL
     GROUP BY 1, 2`,
    [documentId, RECENT_PER_DOCUMENT],
  );
}
