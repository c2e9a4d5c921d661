import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CollaborationServer } from '../collaboration/collaboration.server';
import { RevisionRetentionService } from './revision-retention.service';
import { RevisionsService } from './revisions.service';
import type { RevisionCause } from './revision.entity';

/** How often each instance looks for documents due for a revision. */
const SWEEP_INTERVAL_MS = 20_000;
/** How often old revisions are thinned out (see RevisionRetentionService), at most. */
const PRUNE_INTERVAL_MS = 6 * 3600 * 1000;
/** A person's activity on a document is written at most this often per instance: typing must stay cheap. */
const ACTIVITY_THROTTLE_MS = 10_000;
const MINUTE = 60_000;

/**
 * When revisions are taken while people edit: once a document has been quiet for a few minutes, when the last
 * person who may write leaves it, and at least every half hour under continuous editing. Who edited since the last
 * revision is kept in the database (document_activity), so any instance can take the revision and credit everyone.
 * The same sweep thins out old revisions now and then.
 */
@Injectable()
export class RevisionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly recorded = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private prunedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisions: RevisionsService,
    private readonly retention: RevisionRetentionService,
    private readonly collaboration: CollaborationServer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.collaboration.onEdit((documentId, userId) => void this.record(documentId, userId));
    this.collaboration.onEditorsGone((documentId) => void this.takeIfEdited(documentId, 'LAST_EDITOR_LEFT'));
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping;
  }

  /** Notes that a person changed a document (called after each change is durable; never awaited by editing). */
  async record(documentId: string, userId: string): Promise<void> {
    const key = `${documentId}:${userId}`;
    const now = this.clock.now();
    if (now.getTime() - (this.recorded.get(key) ?? 0) < ACTIVITY_THROTTLE_MS) return;
    this.recorded.set(key, now.getTime());
    try {
      await this.dataSource.query(
        `INSERT INTO document_activity ("documentId", "userId", "firstAt", "lastAt") VALUES ($1, $2, $3, $3)
         ON CONFLICT ("documentId", "userId") DO UPDATE SET "lastAt" = EXCLUDED."lastAt"`,
        [documentId, userId, now],
      );
    } catch (error) {
      this.recorded.delete(key);
      this.logger.warn({ err: error, documentId }, 'Could not record editing activity');
    }
  }

  /** Takes the revisions that are due now. Runs on a timer; tests call it after moving the clock. */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    const now = this.clock.now().getTime();
    const quietSince = new Date(now - this.config.revisionQuietMinutes * MINUTE);
    const startedBefore = new Date(now - this.config.revisionMaxMinutes * MINUTE);
    const due: { documentId: string; quiet: boolean }[] = await this.dataSource.query(
      `SELECT "documentId", max("lastAt") <= $1 AS quiet FROM document_activity
       GROUP BY "documentId" HAVING max("lastAt") <= $1 OR min("firstAt") <= $2`,
      [quietSince, startedBefore],
    );
    for (const { documentId, quiet } of due) await this.takeIfEdited(documentId, quiet ? 'QUIET' : 'INTERVAL');
    if (now - this.prunedAt >= PRUNE_INTERVAL_MS) {
      this.prunedAt = now;
      await this.retention.prune(new Date(now)).catch((error: unknown) => this.logger.error({ err: error }, 'Could not thin out old revisions'));
    }
  }

  private async takeIfEdited(documentId: string, cause: RevisionCause): Promise<void> {
    try {
      const [{ edited }] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM document_activity WHERE "documentId" = $1) AS edited', [documentId]);
      if (!edited) return;
      for (const key of this.recorded.keys()) if (key.startsWith(`${documentId}:`)) this.recorded.delete(key);
      const revision = await this.revisions.take(documentId, { cause });
      if (revision) this.logger.info({ documentId, number: revision.number, cause }, 'Revision taken');
    } catch (error) {
      this.logger.error({ err: error, documentId, cause }, 'Could not take a revision');
    }
  }
}
