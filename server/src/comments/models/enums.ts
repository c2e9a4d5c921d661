import { registerEnumType } from '@nestjs/graphql';
import { MODERATION_ACTIONS, type ModerationAction } from '../comment-moderation.entity';
import { THREAD_STATUSES, type ThreadStatus } from '../comment-thread.entity';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ThreadStatusEnum = enumOf<ThreadStatus>(THREAD_STATUSES);
registerEnumType(ThreadStatusEnum, { name: 'ThreadStatus', description: 'OPEN : en cours ; RESOLVED : marquée comme résolue.' });

export const THREAD_STATUS_FILTERS = ['OPEN', 'RESOLVED', 'ALL'] as const;
export type ThreadStatusFilter = (typeof THREAD_STATUS_FILTERS)[number];
export const ThreadStatusFilterEnum = enumOf<ThreadStatusFilter>(THREAD_STATUS_FILTERS);
registerEnumType(ThreadStatusFilterEnum, { name: 'ThreadStatusFilter', description: 'Les discussions ouvertes, résolues, ou toutes.' });

export const COMMENT_STATES = ['VISIBLE', 'DELETED', 'HIDDEN'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];
export const CommentStateEnum = enumOf<CommentState>(COMMENT_STATES);
registerEnumType(CommentStateEnum, {
  name: 'CommentState',
  description: 'VISIBLE ; DELETED : supprimé par son auteur (« commentaire supprimé ») ; HIDDEN : masqué par la modération.',
});

export const ModerationActionEnum = enumOf<ModerationAction>(MODERATION_ACTIONS);
registerEnumType(ModerationActionEnum, { name: 'ModerationAction', description: 'HIDE : masqué ; SHOW : rétabli.' });

export const COMMENT_EVENT_KINDS = ['THREAD_CREATED', 'COMMENT_ADDED', 'COMMENT_CHANGED', 'THREAD_CHANGED', 'THREAD_DELETED'] as const;
export type CommentEventKind = (typeof COMMENT_EVENT_KINDS)[number];
export const CommentEventKindEnum = enumOf<CommentEventKind>(COMMENT_EVENT_KINDS);
registerEnumType(CommentEventKindEnum, {
  name: 'CommentEventKind',
  description:
    'THREAD_CREATED : une discussion ouverte ; COMMENT_ADDED : une réponse ; COMMENT_CHANGED : un commentaire modifié, supprimé, masqué ou rétabli ; THREAD_CHANGED : résolue ou rouverte ; THREAD_DELETED : disparue.',
});
