import { isErrorCode, type ErrorCode } from '@cocon/shared/rules';
import type { CombinedError } from '@urql/core';

/** The server's codes, and two of the client's own: the server failed on its own, or could not be reached. */
export type ShownErrorCode = ErrorCode | 'INTERNAL_SERVER_ERROR' | 'NETWORK';

/** What the interface shows of an error: the server's French message, its code and the field at fault. */
export interface ShownError {
  message: string;
  code: ShownErrorCode;
  field?: string;
}

/** The codes that mean « not for you »: the server does not tell a missing object from one hidden from you. */
export const UNREADABLE: readonly ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

/** Whether one of the server's errors carries one of these codes. */
export function hasErrorCode(error: CombinedError | undefined, codes: readonly ErrorCode[]): boolean {
  return !!error?.graphQLErrors.some(({ extensions }) => isErrorCode(extensions?.code) && codes.includes(extensions.code));
}

const NETWORK_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.';
const UNKNOWN_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

/** The server writes every message in French for people; anything else gets a French sentence of ours. */
export function toShownError(error: CombinedError): ShownError {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = isErrorCode(first.extensions?.code) ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    return { message: first.message || UNKNOWN_MESSAGE, code, field };
  }
  if (error.networkError) return { message: NETWORK_MESSAGE, code: 'NETWORK' };
  return { message: UNKNOWN_MESSAGE, code: 'INTERNAL_SERVER_ERROR' };
}
