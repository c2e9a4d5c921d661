import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CurrentUser } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { User } from '../users/user.entity';
import { NotificationsArgs, UpdateNotificationSettingsInput } from './dto/notification.input';
import { LiveEventsService } from './live/live-events.service';
import { NotificationPage, NotificationSettingsView, NotificationView } from './models/notification.model';
import { Notification } from './notification.entity';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationViewsService } from './notification-views.service';
import { NotificationsService, personTopic } from './notifications.service';

@Resolver(() => NotificationView)
export class NotificationsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notificationsService: NotificationsService,
    private readonly views: NotificationViewsService,
    private readonly settings: NotificationSettingsService,
    private readonly live: LiveEventsService,
  ) {}

  @Authorize('notification.manage')
  @Query(() => NotificationPage, { description: 'Les notifications de la personne, les plus récentes d’abord.' })
  async notifications(@Args() { first, after }: NotificationsArgs, @CurrentUser() user: User): Promise<NotificationPage> {
    const [page, unreadCount] = await Promise.all([this.views.page(user, first, after ?? null), this.views.unreadCount(user)]);
    return { ...page, unreadCount };
  }

  @Authorize('notification.manage')
  @Query(() => Int, { description: 'Le nombre de notifications non lues (le compteur de l’en-tête).' })
  unreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.views.unreadCount(user);
  }

  @Authorize('notification.manage')
  @Query(() => NotificationSettingsView)
  notificationSettings(@CurrentUser() user: User): Promise<NotificationSettingsView> {
    return this.settings.of(user.id);
  }

  @Authorize('notification.manage', { kind: 'notification', arg: 'id' })
  @Mutation(() => NotificationView, { description: 'Marque une notification comme lue (par exemple quand on l’ouvre).' })
  async markNotificationRead(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<NotificationView | null> {
    await this.notificationsService.markRead(user.id, id);
    const [view] = await this.views.views(user, [await this.dataSource.manager.findOneByOrFail(Notification, { id })]);
    return view ?? null;
  }

  @Authorize('notification.manage')
  @Mutation(() => Boolean, { description: 'Marque toutes ses notifications comme lues.' })
  async markAllNotificationsRead(@CurrentUser() user: User): Promise<boolean> {
    await this.notificationsService.markAllRead(user.id);
    return true;
  }

  @Authorize('notification.manage')
  @Mutation(() => NotificationSettingsView)
  updateNotificationSettings(@Args('input') input: UpdateNotificationSettingsInput, @CurrentUser() user: User): Promise<NotificationSettingsView> {
    return this.settings.update(user.id, input);
  }

  @Authorize('notification.manage')
  @Subscription(() => Int, {
    description: 'Le nombre de notifications non lues, à chaque changement (sur /graphql/ws).',
    resolve: (count: number) => count,
  })
  notificationCountChanged(@CurrentUser() user: User): AsyncIterableIterator<number> {
    return this.live.follow(personTopic(user.id), async () => {
      const person = await this.dataSource.manager.findOneBy(User, { id: user.id, disabledAt: IsNull() });
      return person ? { send: await this.views.unreadCount(person) } : 'end';
    });
  }
}
