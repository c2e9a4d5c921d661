import type { CombinedError } from '@urql/core';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'NETWORK';

/** What the interface shows of an error: the server's French message, its code and the field at fault. */
export interface ShownError {
  message: string;
  code: ErrorCode;
  field?: string;
}

const NETWORK_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.';
const UNKNOWN_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

/** The server writes every message in French for people; anything else gets a French sentence of ours. */
export function toShownError(error: CombinedError): ShownError {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? (first.extensions.code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    return { message: first.message || UNKNOWN_MESSAGE, code, field };
  }
  if (error.networkError) return { message: NETWORK_MESSAGE, code: 'NETWORK' };
  return { message: UNKNOWN_MESSAGE, code: 'INTERNAL_SERVER_ERROR' };
}
