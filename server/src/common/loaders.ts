import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo, ResponsePath } from 'graphql';
import type { Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import type { User } from '../users/user.entity';
import type { GraphQLContext } from './request-context';

/**
 * One kind of batched read, declared once next to its domain (`documents/documents.loader.ts`…): given the keys
 * that the fields of one tick of GraphQL execution asked for, the values in the same order. `cacheKey` turns a key
 * that is an object into a comparable value.
 */
export interface LoaderDefinition<K, V> {
  batch(keys: readonly K[], manager: EntityManager): Promise<V[]>;
  cacheKey?: (key: K) => string;
}

export const defineLoader = <K, V>(batch: LoaderDefinition<K, V>['batch'], cacheKey?: LoaderDefinition<K, V>['cacheKey']): LoaderDefinition<K, V> => ({
  batch,
  cacheKey,
});

/** The rows found for `keys`, in their order; null where none was. */
export function alignTo<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The rows of each key, in the rows' order (the query's ORDER BY); empty where there are none. */
export function groupTo<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/**
 * The batched reads of one GraphQL call, for one person: a list of 30 documents asks for their 30 authors in one
 * query. Never shared between calls, so nobody is served what was read for someone else or before a change.
 */
export class Loaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown, string>>();

  constructor(
    readonly viewer: User | null,
    private readonly manager: EntityManager,
  ) {}

  load<K, V>(definition: LoaderDefinition<K, V>, key: K): Promise<V> {
    return this.loaderOf(definition).load(key);
  }

  /** Several keys at once; fails as soon as one of them does. */
  async loadMany<K, V>(definition: LoaderDefinition<K, V>, keys: readonly K[]): Promise<V[]> {
    return Promise.all(keys.map((key) => this.load(definition, key)));
  }

  private loaderOf<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V, string> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>((keys) => definition.batch(keys, this.manager), {
        cacheKeyFn: definition.cacheKey ?? ((key) => key as unknown as string),
      });
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader as DataLoader<unknown, unknown, string>);
    }
    return loader;
  }
}

const SCOPES = Symbol('cocon:loaders');

/** The loaders of each unit of a GraphQL call that must not share what it read with the others. */
class LoaderScopes {
  private readonly scopes = new WeakMap<object, Loaders>();

  constructor(private readonly manager: EntityManager) {}

  for(info: GraphQLResolveInfo, context: GraphQLContext): Loaders {
    const key = scopeKey(info, context);
    let loaders = key ? this.scopes.get(key) : undefined;
    if (!loaders) {
      loaders = new Loaders(context.req.user, this.manager);
      if (key) this.scopes.set(key, loaders);
    }
    return loaders;
  }
}

function rootOf(path: ResponsePath): ResponsePath {
  return path.prev ? rootOf(path.prev) : path;
}

/**
 * A query's fields all read the same state: one scope for the call. A mutation's root fields run one after the
 * other and change data: one scope each, so the second never sees what was read before the first wrote. Each event
 * of a subscription is its own execution, with the event as root value: one scope per event.
 */
function scopeKey(info: GraphQLResolveInfo, context: GraphQLContext): object | null {
  switch (info.operation.operation) {
    case 'query':
      return context;
    case 'mutation':
      return rootOf(info.path);
    case 'subscription':
      return typeof info.rootValue === 'object' && info.rootValue !== null ? info.rootValue : null;
    default:
      return null;
  }
}

/** Gives every GraphQL call its loaders, before its first field runs. */
@Injectable()
export class LoadersInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const graphqlContext = GqlExecutionContext.create(context).getContext<GraphQLContext & { [SCOPES]?: LoaderScopes }>();
      graphqlContext[SCOPES] ??= new LoaderScopes(this.dataSource.manager);
    }
    return next.handle();
  }
}

/** The batched reads of the current GraphQL call, as a resolver parameter: `@RequestLoaders() loaders: Loaders`. */
export const RequestLoaders = createParamDecorator((_data: unknown, context: ExecutionContext): Loaders => {
  const graphql = GqlExecutionContext.create(context);
  const scopes = graphql.getContext<GraphQLContext & { [SCOPES]?: LoaderScopes }>()[SCOPES];
  if (!scopes) throw new Error('No loaders on this GraphQL call: LoadersInterceptor gives them to every call');
  return scopes.for(graphql.getInfo<GraphQLResolveInfo>(), graphql.getContext<GraphQLContext>());
});
