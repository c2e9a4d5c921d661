import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { INVALID_REQUEST_MESSAGE, SHOWN_AS_IS, UNEXPECTED_ERROR_MESSAGE } from '../errors';

const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Every error leaves the server with one of our codes and a French message. Errors we raised on purpose
 * (AppError, marked SHOWN_AS_IS) go out as they are; malformed requests become BAD_USER_INPUT with the technical detail
 * kept apart; anything else is a bug: logged in full, shown as a plain French sentence, never a stack.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const isRequestError = typeof code === 'string' && REQUEST_ERRORS.has(code);
    if (formatted.extensions?.[SHOWN_AS_IS]) {
      const { [SHOWN_AS_IS]: _marker, ...extensions } = formatted.extensions;
      // Apollo relabels errors raised while validating a query; they remain the caller's fault.
      if (isRequestError) extensions.code = 'BAD_USER_INPUT';
      return { message: formatted.message, path: formatted.path, extensions };
    }
    const original = unwrapResolverError(error);
    if (isRequestError) {
      return {
        message: INVALID_REQUEST_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', detail: formatted.message },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected GraphQL error');
    return {
      message: UNEXPECTED_ERROR_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
