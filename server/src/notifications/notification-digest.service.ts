import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logger';
import { linkBase } from '../common/public-url';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import type { NotificationView } from './models/notification.model';
import { Notification } from './notification.entity';
import { NotificationViewsService, quoted } from './notification-views.service';

/** At most one e-mail per person in this time. */
export const DIGEST_INTERVAL_MS = 15 * 60 * 1000;
/** How often the server looks for digests to send. */
const CHECK_EVERY_MS = 60 * 1000;

interface Claim {
  ids: string[];
  previousDigestAt: Date | null;
}

/**
 * The e-mail digest: what a person has not read yet, in one message, at most every 15 minutes. Runs only when the
 * server can send e-mail (SMTP_URL). Several instances may run it: each person's digest is claimed under a row lock,
 * and given back if the message could not be sent. Time comes from the Clock, which tests move.
 */
@Injectable()
export class NotificationDigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly views: NotificationViewsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.mail.enabled) return;
    this.timer = setInterval(() => void this.sendDue(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends every digest that is due now; returns how many e-mails went out. One run at a time per instance. */
  sendDue(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<number> {
    if (!this.mail.enabled) return 0;
    const now = this.clock.now();
    const due: { recipientId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n."recipientId" FROM notification n
       JOIN account a ON a.id = n."recipientId" AND a."disabledAt" IS NULL
       LEFT JOIN notification_settings s ON s."userId" = n."recipientId"
       WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" <= $1
         AND coalesce(s."emailDigest", TRUE)
         AND (s."lastDigestAt" IS NULL OR s."lastDigestAt" <= $2)`,
      [now, new Date(now.getTime() - DIGEST_INTERVAL_MS)],
    );
    let sent = 0;
    for (const { recipientId } of due) {
      try {
        if (await this.sendTo(recipientId, now)) sent++;
      } catch (error) {
        this.logger.error({ err: error, recipientId }, 'Notification digest failed');
      }
    }
    return sent;
  }

  private async sendTo(recipientId: string, now: Date): Promise<boolean> {
    const claim = await this.claim(recipientId, now);
    if (!claim || claim.ids.length === 0) return false;
    const recipient = await this.dataSource.manager.findOneByOrFail(User, { id: recipientId });
    const rows = await this.dataSource.manager.find(Notification, { where: { id: In(claim.ids) }, order: { createdAt: 'ASC' } });
    const views = await this.views.views(recipient, rows);
    // Only notifications about documents the person can no longer read: nothing to send, nothing to give back.
    if (views.length === 0) return false;
    const sent = await this.mail.send({ to: recipient.email, ...this.message(recipient, views) });
    if (!sent) await this.giveBack(recipientId, claim);
    return sent;
  }

  /** Takes this person's unsent notifications, unless a digest went out less than 15 minutes ago. */
  private claim(recipientId: string, now: Date): Promise<Claim | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO notification_settings ("userId") VALUES ($1) ON CONFLICT DO NOTHING', [recipientId]);
      const [settings] = await manager.query('SELECT "emailDigest", "lastDigestAt" FROM notification_settings WHERE "userId" = $1 FOR UPDATE', [recipientId]);
      const last: Date | null = settings.lastDigestAt ? new Date(settings.lastDigestAt) : null;
      if (!settings.emailDigest || (last && now.getTime() - last.getTime() < DIGEST_INTERVAL_MS)) return null;
      const { raw: claimed } = await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ emailedAt: now })
        .where('"recipientId" = :recipientId AND "emailedAt" IS NULL AND "readAt" IS NULL AND "createdAt" <= :now', { recipientId, now })
        .returning('id')
        .execute();
      await manager.query('UPDATE notification_settings SET "lastDigestAt" = $2 WHERE "userId" = $1', [recipientId, now]);
      return { ids: (claimed as { id: string }[]).map((row) => row.id), previousDigestAt: last };
    });
  }

  private async giveBack(recipientId: string, claim: Claim): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE notification SET "emailedAt" = NULL WHERE id = ANY($1::uuid[])', [claim.ids]);
      await manager.query('UPDATE notification_settings SET "lastDigestAt" = $2 WHERE "userId" = $1', [recipientId, claim.previousDigestAt]);
    });
  }

  private message(recipient: User, views: NotificationView[]): { subject: string; text: string } {
    const base = linkBase(this.config);
    const count = views.length;
    const subject = count === 1 ? `Cocon : ${views[0].summary}` : `Cocon : ${count} nouveautés dans les discussions`;
    const items = views.map((view) =>
      [
        `— ${view.summary}`,
        view.excerpt ? `  Passage : ${quoted(view.excerpt)}` : null,
        view.commentText ? `  ${quoted(view.commentText.replace(/\s+/g, ' '))}` : null,
        `  Ouvrir la discussion : ${base}${view.link}`,
      ]
        .filter((line): line is string => line !== null)
        .join('\n'),
    );
    const text = [
      `Bonjour ${recipient.name},`,
      '',
      count === 1 ? 'Une nouveauté vous attend dans les discussions de Cocon :' : `${count} nouveautés vous attendent dans les discussions de Cocon :`,
      '',
      items.join('\n\n'),
      '',
      'Ce message reprend ce que vous n’avez pas encore lu ; vous en recevez un au plus toutes les 15 minutes.',
      `Pour choisir ce qui vous est envoyé : ${base}/profil`,
    ].join('\n');
    return { subject, text };
  }
}
