import { ROLE_LABELS, roleCan } from '@cocon/shared';
import { IsNull, type EntityManager } from 'typeorm';
import { badInput, forbidden } from '../common/errors';
import { Document } from '../documents/document.entity';
import type { ObjectRule } from '../policies/authorize.decorator';
import type { PolicyService } from '../policies/policy.service';
import type { Space } from '../spaces/space.entity';
import type { User } from '../users/user.entity';
import { CommentThread } from './comment-thread.entity';
import { Comment } from './comment.entity';
import { COMMENT_MESSAGES } from './comments.messages';

/**
 * Who may do what with discussions, on the very objects named. The policy guard calls reachableThread and
 * reachableComment for the `thread` and `comment` targets, then the rules below; services and views use the same
 * functions to say what a person may do (canReply, canResolve…), so the interface never offers what would be refused.
 */

type Readable = Document & { space: Space };

/** Comments are read by people with an account who can read the document; a trashed one, by those who can restore it. */
export function canReadCommentsOf(policy: PolicyService, user: User | null, document: Readable): boolean {
  return roleCan(user?.role ?? null, 'comment.read') && policy.canReadDocument(user, document);
}

/** Anyone who can read may comment, unless the space keeps it to some roles (administrators always may). */
export function canCommentIn(policy: PolicyService, user: User | null, space: Space): boolean {
  if (!user || !policy.can(user, 'comment.create') || !policy.canReadSpace(user, space)) return false;
  return space.commentRoles.length === 0 || policy.can(user, 'comment.createAnywhere') || space.commentRoles.includes(user.role);
}

/** The person who opened the discussion, and whoever may write in the space (editors, moderators). */
export function canResolve(policy: PolicyService, user: User | null, thread: CommentThread, space: Space): boolean {
  return user !== null && policy.can(user, 'thread.resolve') && (thread.createdById === user.id || policy.canEditIn(user, space));
}

export async function reachableThread(policy: PolicyService, manager: EntityManager, user: User | null, id: string) {
  const thread = await manager.findOne(CommentThread, { where: { id, deletedAt: IsNull() }, relations: { document: { space: true } } });
  return thread && canReadCommentsOf(policy, user, thread.document) ? thread : null;
}

export async function reachableComment(policy: PolicyService, manager: EntityManager, user: User | null, id: string) {
  const comment = await manager.findOne(Comment, {
    where: { id, deletedAt: IsNull(), thread: { deletedAt: IsNull() } },
    relations: { thread: { document: { space: true } } },
  });
  return comment && canReadCommentsOf(policy, user, comment.thread.document) ? comment : null;
}

/** Called once the document is known reachable (so a trashed one, only by those who may restore it). */
function assertMayComment(policy: PolicyService, user: User | null, document: Readable): void {
  if (document.deletedAt) throw badInput(COMMENT_MESSAGES.documentInTrash);
  if (canCommentIn(policy, user, document.space)) return;
  const roles = document.space.commentRoles.map((role) => ROLE_LABELS[role]).join(', ');
  throw forbidden(COMMENT_MESSAGES.rolesOnly(roles));
}

/** Rule on a `document` target: the caller may open a discussion there. */
export const mayCommentOnDocument: ObjectRule = async ({ user, id, policy, manager }) => {
  const document = (await manager.findOneOrFail(Document, { where: { id }, relations: { space: true } })) as Readable;
  assertMayComment(policy, user, document);
};

/** Rule on a `thread` target: the caller may reply in it. */
export const mayReplyInThread: ObjectRule = async ({ user, id, policy, manager }) => {
  const thread = (await reachableThread(policy, manager, user, id))!;
  assertMayComment(policy, user, thread.document);
};

/** Rule on a `comment` target: only its author changes or deletes it. */
export const isCommentAuthor: ObjectRule = async ({ user, id, policy, manager }) => {
  const comment = (await reachableComment(policy, manager, user, id))!;
  if (comment.authorId !== user?.id) throw forbidden(COMMENT_MESSAGES.authorOnly);
};

/** Rule on a `thread` target: the caller may mark it resolved or reopen it. */
export const mayResolveThread: ObjectRule = async ({ user, id, policy, manager }) => {
  const thread = (await reachableThread(policy, manager, user, id))!;
  if (!canResolve(policy, user, thread, thread.document.space)) {
    throw forbidden(COMMENT_MESSAGES.resolveNotAllowed);
  }
};
