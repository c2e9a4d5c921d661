import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailService } from '../mail/mail.service';
import type { UpdateNotificationSettingsInput } from './dto/notification.input';
import type { NotificationSettingsView } from './models/notification.model';
import { NotificationSettings } from './notification-settings.entity';

const DEFAULTS = { structureMentions: true, threadActivity: true, emailDigest: true };

@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async of(userId: string): Promise<NotificationSettingsView> {
    const stored = await this.dataSource.manager.findOneBy(NotificationSettings, { userId });
    const { structureMentions, threadActivity, emailDigest } = stored ?? DEFAULTS;
    return { structureMentions, threadActivity, emailDigest, emailAvailable: this.mail.enabled };
  }

  async update(userId: string, input: UpdateNotificationSettingsInput): Promise<NotificationSettingsView> {
    const changes = Object.fromEntries(
      (['structureMentions', 'threadActivity', 'emailDigest'] as const).filter((key) => input[key] != null).map((key) => [key, input[key]]),
    );
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationSettings)
      .values({ userId, ...DEFAULTS, ...changes })
      .orUpdate(Object.keys(changes).length ? Object.keys(changes) : ['userId'], ['userId'])
      .execute();
    return this.of(userId);
  }
}
