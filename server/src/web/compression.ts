import compression from 'compression';
import type { RequestHandler } from 'express';

/** Below this, compressing saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli or gzip (as the client's Accept-Encoding says) for what the server writes as it answers: GraphQL and REST
 * JSON, the CSV exports (still streamed: the compressor passes each block on as it fills). The built client is not
 * concerned: it is compressed once, when it is built. Live editing (/collab) and live events (/graphql/ws) are
 * WebSocket connections, which never go through Express middleware; images are already compressed formats, which
 * the filter leaves alone.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
}
