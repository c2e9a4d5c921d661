import { GraphQLError } from 'graphql';

/** The codes a client may receive; every one comes with a French message meant to be shown as is. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an existing object. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
