import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@cocon/shared';
import type { Logger } from 'pino';
import { AppError, badInput, forbidden, INVALID_REQUEST_MESSAGE, notFound, unauthenticated, UNEXPECTED_ERROR_MESSAGE } from './errors';
import { LOGGER } from './logger';

const STATUS_OF: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** Refusals raised by Nest or Express themselves (an unknown route, a malformed body), said in French. */
const REFUSALS: Record<number, () => AppError> = {
  400: () => badInput(INVALID_REQUEST_MESSAGE),
  401: () => unauthenticated(),
  403: () => forbidden(),
  404: () => notFound('Cette adresse n’existe pas.'),
};

/**
 * The HTTP routes (images, exports) answer errors as GraphQL does: one of our codes and a French message, as JSON
 * `{ code, message }`, with the HTTP status of the code. Anything unforeseen is a bug: logged in full, never shown.
 * GraphQL calls are left to Apollo's formatter (common/graphql/format-error.ts).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): AppError | undefined {
    // GraphQL: a refusal goes back to Apollo as it is, without Nest logging a person's mistake as a server error;
    // anything else is left to Nest, which logs it, and to Apollo's formatter (common/graphql/format-error.ts).
    if (host.getType() !== 'http') return error instanceof AppError ? error : undefined;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.answer(error);
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(status).json(body);
  }

  private answer(error: unknown): { status: number; body: object } {
    if (error instanceof HttpException) {
      const refusal = REFUSALS[error.getStatus()];
      // Another status was chosen on purpose, with its own answer (the health check's 503).
      return refusal ? this.answer(refusal()) : { status: error.getStatus(), body: error.getResponse() as object };
    }
    if (error instanceof AppError) {
      const { code, field, httpStatus } = error.extensions as { code: ErrorCode; field?: string; httpStatus?: number };
      return { status: httpStatus ?? STATUS_OF[code], body: { code, message: error.message, ...(field ? { field } : {}) } };
    }
    this.logger.error({ err: error }, 'Unexpected HTTP error');
    return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: UNEXPECTED_ERROR_MESSAGE } };
  }
}
