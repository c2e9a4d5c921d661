import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import pinoHttp from 'pino-http';
import { AppModule } from './app.module';
import { SessionsService } from './auth/sessions.service';
import { createLogger, NestPinoLogger } from './common/logger';
import { checkRedis } from './common/redis';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { EmbeddedDatabase } from './database/embedded-database';
import { DemoSeedService } from './seed/demo-seed.service';
import { clientAssets } from './web/client-assets';
import { compressResponses } from './web/compression';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, runs the migrations, seeds the demo content if asked, and listens. */
export async function startApp(config: AppConfig, options: { logDestination?: DestinationStream } = {}): Promise<RunningApp> {
  const logger = createLogger(config, options.logDestination);
  const redisProblem = config.redisUrl ? await checkRedis(config.redisUrl) : null;
  if (redisProblem) logger.warn({ problem: redisProblem }, 'Redis unreachable at start: each instance works on its own until it answers');
  const embedded = config.databaseUrl ? null : await EmbeddedDatabase.open(config.dataDir);
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, logger, embedded }), {
      logger: new NestPinoLogger(logger),
      bodyParser: false,
    });
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The editor (ProseMirror) and the component library set inline styles.
          'style-src': ["'self'", "'unsafe-inline'"],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/health' },
      // One short line per request: no headers, so no cookie or token can reach the logs.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // The built client first: its files need neither a body nor a session.
  const client = clientAssets(config.clientDist);
  if (client) app.use(client);
  app.use(compressResponses());
  app.use(express.json({ limit: '2mb' }));
  app.use(cookieParser());
  app.use(app.get(SessionsService).middleware());
  app.useGlobalPipes(createValidationPipe());

  await app.init();
  if (config.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  await app.listen(config.port, config.host);
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, mode: config.nodeEnv, database: config.databaseUrl ? 'postgresql' : `embedded (${config.dataDir})` }, 'Cocon is listening');
  if (config.nodeEnv === 'production' && !config.publicUrlConfigured) {
    logger.warn({ publicUrl: config.publicUrl }, 'PUBLIC_URL is not set: links in e-mails and exports point to localhost');
  }

  let closed = false;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await embedded?.close();
    },
  };
}
