import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { CollaborationModule } from './collaboration/collaboration.module';
import { CommentsModule } from './comments/comments.module';
import { Clock } from './common/clock';
import { createErrorFormatter } from './common/graphql/format-error';
import { complexityLimit, depthLimit, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './common/graphql/query-limits';
import { GraphQLJSON } from './common/json.scalar';
import { LoadersModule } from './common/loaders.module';
import { LOGGER } from './common/logger';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source-options';
import type { EmbeddedDatabase } from './database/embedded-database';
import { DocumentsModule } from './documents/documents.module';
import { HealthController } from './health/health.controller';
import { InvitationsModule } from './invitations/invitations.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MentionsModule } from './mentions/mentions.module';
import { PoliciesModule } from './policies/policies.module';
import { DemoSeedService } from './seed/demo-seed.service';
import { SpacesModule } from './spaces/spaces.module';
import { StructuresModule } from './structures/structures.module';
import { UploadsModule } from './uploads/uploads.module';
import { UsersModule } from './users/users.module';
import { VersionsModule } from './versions/versions.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  embedded: EmbeddedDatabase | null;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, embedded }: AppModuleOptions): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config, embedded)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          resolvers: { JSON: GraphQLJSON },
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          playground: false,
          introspection: !production,
          // In production a mistyped field gets no « Did you mean … » listing the schema's names.
          hideSchemaDetailsFromClientErrors: production,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          validationRules: [depthLimit(MAX_QUERY_DEPTH)],
          // Apollo ships CommonJS and ESM typings; Nest's config names the ESM ones. Cache hints are unused, and
          // their plugin would wrap every field resolver (a fifth of the time spent on a 5,000-document tree).
          plugins: [complexityLimit(MAX_QUERY_COMPLEXITY), ApolloServerPluginCacheControlDisabled()] as ApolloDriverConfig['plugins'],
          formatError: createErrorFormatter(logger),
        }),
        PoliciesModule,
        LoadersModule,
        MailModule,
        AuthModule,
        UsersModule,
        InvitationsModule,
        StructuresModule,
        SpacesModule,
        DocumentsModule,
        CollaborationModule,
        NotificationsModule,
        CommentsModule,
        VersionsModule,
        MentionsModule,
        UploadsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: LOGGER, useValue: logger }, Clock, DemoSeedService],
      exports: [APP_CONFIG, LOGGER, Clock],
    };
  }
}
