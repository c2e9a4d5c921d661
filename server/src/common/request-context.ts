import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Session } from '../auth/session.entity';
import type { User } from '../users/user.entity';

/** What the session middleware attaches to each request. */
export interface AuthenticatedRequest extends Request {
  user: User | null;
  session: Session | null;
}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
}

export function graphqlContext(context: ExecutionContext): GraphQLContext {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>();
}

/** The person calling, or null for the public. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => graphqlContext(context).req.user);
