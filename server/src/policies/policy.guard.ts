import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { graphqlContext, type AuthenticatedRequest } from '../common/request-context';
import type { User } from '../users/user.entity';
import { AUTHORIZE_KEY, PUBLIC_KEY, type AuthorizeRule } from './authorize.decorator';
import { PolicyService } from './policy.service';

function readPath(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
}

/** Who calls, and the arguments where the objects of the rule are named. */
function callOf(context: ExecutionContext): { user: User | null; args: Record<string, unknown> } {
  const type = context.getType<string>();
  if (type === 'graphql') {
    return { user: graphqlContext(context).req.user, args: GqlExecutionContext.create(context).getArgs<Record<string, unknown>>() };
  }
  if (type === 'http') {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return { user: request.user, args: { ...(request.query as Record<string, unknown>), ...request.params } };
  }
  throw new Error(`No authorisation is defined for ${type} calls`);
}

/**
 * The one door: runs before every GraphQL operation and every HTTP route (images, exports). A handler that declares
 * neither @Authorize nor @Public is refused: forgetting to declare a rule can never open it to everyone.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(PUBLIC_KEY, handler)) return true;
    const rule = this.reflector.get<AuthorizeRule>(AUTHORIZE_KEY, handler);
    if (!rule) throw new Error(`${context.getClass().name}.${handler.name} declares no authorisation rule`);

    const { user, args } = callOf(context);
    this.policy.assertAllowed(user, rule.action);
    for (const target of rule.targets) {
      const id = readPath(args, target.arg);
      if (target.optional && (id === undefined || id === null)) continue;
      await this.policy.assertTarget(user, target, id);
    }
    return true;
  }
}
