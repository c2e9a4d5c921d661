import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/config';

const DAY = 24 * 3600 * 1000;

/**
 * Keeps the history from growing without end, when REVISION_RETENTION_DAYS is set: automatic revisions older than
 * that are thinned out to the last one of each day. Named revisions, restorations, imported history, official
 * versions (proposed, approved or withdrawn) and the latest revision of each document are never removed; blocks of
 * content that no revision uses any more go with them.
 */
@Injectable()
export class RevisionRetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Returns how many revisions were removed. */
  async prune(now: Date): Promise<number> {
    if (this.config.revisionRetentionDays === 0) return 0;
    const before = new Date(now.getTime() - this.config.revisionRetentionDays * DAY);
    return this.dataSource.transaction(async (manager) => {
      const removed: { documentId: string; count: number }[] = await manager.query(
        `WITH candidates AS (
           SELECT r.id, r."documentId", r.number,
                  row_number() OVER (PARTITION BY r."documentId", date_trunc('day', r."createdAt") ORDER BY r.number DESC) AS rank
           FROM document_revision r
           WHERE r.cause IN ('QUIET', 'INTERVAL', 'LAST_EDITOR_LEFT') AND r.name IS NULL AND r."frozenAt" IS NULL
             AND r."createdAt" < $1 AND NOT EXISTS (SELECT 1 FROM official_version v WHERE v."revisionId" = r.id)
         ), gone AS (
           DELETE FROM document_revision r USING candidates c
           WHERE r.id = c.id AND c.rank > 1
             AND c.number <> (SELECT max(number) FROM document_revision WHERE "documentId" = c."documentId")
           RETURNING r."documentId"
         )
         SELECT "documentId", count(*)::int AS count FROM gone GROUP BY "documentId"`,
        [before],
      );
      for (const { documentId } of removed) {
        await manager.query(
          `DELETE FROM revision_block b WHERE b."documentId" = $1 AND NOT EXISTS (
             SELECT 1 FROM document_revision r, generate_series(1, length(r."blockHashes"), 16) AS i
             WHERE r."documentId" = b."documentId" AND substring(r."blockHashes" FROM i FOR 16) = b.hash)`,
          [documentId],
        );
      }
      const total = removed.reduce((sum, row) => sum + row.count, 0);
      if (total) this.logger.info({ revisions: total, documents: removed.length }, 'Old automatic revisions thinned out');
      return total;
    });
  }
}
