import type { ErrorCode } from '@cocon/shared';
import { GraphQLError } from 'graphql';

/** Marks an error whose message was written for people (French, safe to show); removed before sending. */
export const SHOWN_AS_IS = 'coconMessage';

/** An error meant for the person using Cocon: its message is French and safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra, [SHOWN_AS_IS]: true } });
  }
}

/** `field` names the input field at fault, so the client can show the message next to it. */
export const badInput = (message: string, field?: string) => new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const unauthenticated = (message = 'Connectez-vous pour continuer.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Vous n’avez pas le droit de faire cette action.') => new AppError('FORBIDDEN', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field ? { field } : {});

/**
 * A file sent over HTTP that is refused for what it is: too large (413) or not of an accepted type (415). Its code
 * stays BAD_USER_INPUT; the HTTP status says more to browsers and proxies.
 */
export const fileRefused = (httpStatus: 413 | 415, message: string) => new AppError('BAD_USER_INPUT', message, { httpStatus });

/** A request that is not even well formed (a malformed query, an unknown field, ill-typed variables). */
export const INVALID_REQUEST_MESSAGE = 'La requête envoyée au serveur est invalide.';

/** What a person reads when the server fails on its own (a bug): never the technical detail. */
export const UNEXPECTED_ERROR_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an existing object. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
