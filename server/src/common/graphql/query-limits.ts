import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors';

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 2000;
/**
 * What a field asked again under another name (an alias) costs on top of itself: each alias is resolved once more,
 * database reads included, so a thousand aliases of a cheap field would cost a thousand reads. The client uses none.
 */
export const ALIAS_COST = 50;

/** A field renamed by an alias costs ALIAS_COST more; other fields are left to the next estimator. */
const aliasEstimator: ComplexityEstimator = ({ node, childComplexity }) =>
  node.alias && node.alias.value !== node.name.value ? ALIAS_COST + 1 + childComplexity : undefined;

const limitError = (message: string) => new AppError('BAD_USER_INPUT', message);

/** Refuses queries nested deeper than `max` levels (fragments included), which could exhaust the server. */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet, new Set()) > max) {
          context.reportError(limitError(`La requête est trop imbriquée (plus de ${max} niveaux).`));
        }
      },
    };
  };
}

/** Refuses operations whose estimated cost (one point a field, ALIAS_COST more for each alias) passes the limit. */
export function complexityLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [aliasEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the operation: Apollo refuses them next, as BAD_USER_INPUT.
            return;
          }
          if (complexity > max) throw limitError(`La requête est trop lourde (coût ${complexity}, maximum ${max}).`);
        },
      };
    },
  };
}
