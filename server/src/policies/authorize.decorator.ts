import { SetMetadata } from '@nestjs/common';
import type { Action } from '@cocon/shared';

export type TargetKind = 'space' | 'document' | 'structure' | 'user' | 'invitation';

/**
 * An object named in the call's arguments that the caller must be allowed to reach.
 * `arg` is a dotted path into the arguments (`id`, `input.parentId`).
 */
export interface Target {
  kind: TargetKind;
  arg: string;
  /** The argument may be absent (e.g. no parent: top level). */
  optional?: boolean;
  /** The object may not be the caller's own account (no one changes their own role, structure or status). */
  notSelf?: boolean;
}

export interface AuthorizeRule {
  action: Action;
  targets: Target[];
}

export const AUTHORIZE_KEY = 'cocon:authorize';
export const PUBLIC_KEY = 'cocon:public';

/**
 * The one way a resolver declares who may call it: the action from the permission table of
 * @cocon/shared, and each object of the arguments that the caller must be able to reach.
 */
export const Authorize = (action: Action, ...targets: Target[]) =>
  SetMetadata(AUTHORIZE_KEY, { action, targets } satisfies AuthorizeRule);

/** Open to everyone, account or not (login, invitation links): no permission applies. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
