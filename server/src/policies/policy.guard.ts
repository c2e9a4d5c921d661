import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { graphqlContext } from '../common/request-context';
import { AUTHORIZE_KEY, PUBLIC_KEY, type AuthorizeRule } from './authorize.decorator';
import { PolicyService } from './policy.service';

function readPath(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
}

/**
 * Runs before every GraphQL operation. An operation that declares neither @Authorize nor @Public is
 * refused: forgetting to declare a rule can never open an operation to everyone.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(PUBLIC_KEY, handler)) return true;
    const rule = this.reflector.get<AuthorizeRule>(AUTHORIZE_KEY, handler);
    if (!rule) throw new Error(`${context.getClass().name}.${handler.name} declares no authorisation rule`);

    const user = graphqlContext(context).req.user;
    this.policy.assertAllowed(user, rule.action);
    const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
    for (const target of rule.targets) {
      const id = readPath(args, target.arg);
      if (target.optional && (id === undefined || id === null)) continue;
      await this.policy.assertTarget(user, target, id);
    }
    return true;
  }
}
