import { SetMetadata } from '@nestjs/common';
import type { Action } from '@cocon/shared';
import type { EntityManager } from 'typeorm';
import type { User } from '../users/user.entity';
import type { PolicyService } from './policy.service';

export type TargetKind =
  'space' | 'document' | 'structure' | 'user' | 'invitation' | 'revision' | 'officialVersion' | 'thread' | 'comment' | 'notification' | 'image';

/** What a rule on an object receives: the caller and the id of an object they were found able to reach. */
export interface ObjectRuleContext {
  user: User | null;
  id: string;
  policy: PolicyService;
  manager: EntityManager;
}

/**
 * A check on the very object named in the call, beyond reaching it (e.g. "is its author"): it throws the error to
 * send (FORBIDDEN with a French reason) and lives next to the domain it belongs to (comments/comment.policy.ts).
 */
export type ObjectRule = (context: ObjectRuleContext) => Promise<void>;

/**
 * An object named in the call's arguments that the caller must be allowed to reach.
 * `arg` is a dotted path into the arguments (`id`, `input.parentId`); for an HTTP route, the name of a route
 * parameter or of a query parameter (`documentId` in `/api/documents/:documentId/images` or `?documentId=…`).
 */
export interface Target {
  kind: TargetKind;
  arg: string;
  /** The argument may be absent (e.g. no parent: top level). */
  optional?: boolean;
  /** The object may not be the caller's own account (no one changes their own role, structure or status). */
  notSelf?: boolean;
  /** Checked once the object is found reachable. */
  rule?: ObjectRule;
}

export interface AuthorizeRule {
  action: Action;
  targets: Target[];
}

export const AUTHORIZE_KEY = 'cocon:authorize';
export const PUBLIC_KEY = 'cocon:public';

/**
 * The one way a resolver or an HTTP route declares who may call it: the action from the permission table of
 * @cocon/shared, and each object of the arguments that the caller must be able to reach.
 */
export const Authorize = (action: Action, ...targets: Target[]) => SetMetadata(AUTHORIZE_KEY, { action, targets } satisfies AuthorizeRule);

/** Open to everyone, account or not (login, invitation links): no permission applies. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
