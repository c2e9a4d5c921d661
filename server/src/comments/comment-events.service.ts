import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { LiveEventsService } from '../notifications/live/live-events.service';
import { User } from '../users/user.entity';
import { CommentViewsService } from './comment-views.service';
import { documentTopic, type CommentEventPayload } from './comments.service';
import type { CommentEvent } from './models/comment-results.model';

/** The live events of one document for one reader, each read with that reader's rights at the moment it happens. */
@Injectable()
export class CommentEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEventsService,
    private readonly views: CommentViewsService,
  ) {}

  follow(viewer: User, documentId: string): AsyncIterableIterator<CommentEvent> {
    return this.live.follow<CommentEventPayload, CommentEvent>(documentTopic(documentId), async (event) => {
      // Rights may have changed since the page opened: a disabled account or a lost access ends the stream.
      const reader = await this.dataSource.manager.findOneBy(User, { id: viewer.id, disabledAt: IsNull() });
      if (!reader || !(await this.views.readableDocument(reader, documentId))) return 'end';
      const [thread, actor] = await Promise.all([
        event.kind === 'THREAD_DELETED' ? null : this.views.thread(reader, event.threadId),
        this.dataSource.manager.findOne(User, { select: { id: true, name: true }, where: { id: event.actorId } }),
      ]);
      return {
        send: {
          kind: thread || event.kind === 'THREAD_DELETED' ? event.kind : 'THREAD_DELETED',
          threadId: event.threadId,
          thread,
          commentId: event.commentId,
          actor: actor ? { id: actor.id, name: actor.name } : null,
        },
      };
    });
  }
}
