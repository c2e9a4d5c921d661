import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1796161636067 implements MigrationInterface {
  name = 'Comments1796161636067';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_anchor_check" ("documentId" uuid NOT NULL, "signature" text NOT NULL, CONSTRAINT "PK_85ed947b9e43f8a8b21ddfb0050" PRIMARY KEY ("documentId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "anchorFrom" text, "anchorTo" text, "excerpt" text, "status" character varying NOT NULL DEFAULT \'OPEN\', "resolvedAt" TIMESTAMP WITH TIME ZONE, "resolvedById" uuid, "createdById" uuid, "chapter" text, "chapterIndex" integer, "textDeleted" boolean NOT NULL DEFAULT false, "deletedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastActivityAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be68531edd9305c665090a8a389" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e3a92a3b0226b336df7a3acb6d" ON "comment_thread"  ("documentId", "createdAt") ');
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "threadId" uuid NOT NULL, "documentId" uuid NOT NULL, "authorId" uuid, "authorStructureId" uuid, "authorRole" character varying NOT NULL, "body" text NOT NULL, "mentions" jsonb NOT NULL DEFAULT \'[]\', "editedAt" TIMESTAMP WITH TIME ZONE, "deletedAt" TIMESTAMP WITH TIME ZONE, "hiddenAt" TIMESTAMP WITH TIME ZONE, "hiddenReason" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_59ed5f8da9154251dbba55f485" ON "comment"  ("documentId") ');
    await queryRunner.query('CREATE INDEX "IDX_61deb2e5c6df5824e6930974b6" ON "comment"  ("threadId", "createdAt") ');
    await queryRunner.query(
      'CREATE TABLE "comment_moderation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commentId" uuid NOT NULL, "action" character varying NOT NULL, "reason" text NOT NULL, "body" text NOT NULL, "moderatorId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_405a704e950b4d7f49aeda99359" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_85ac313da6e8a537154cadac3b" ON "comment_moderation"  ("commentId") ');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipientId" uuid NOT NULL, "kind" character varying NOT NULL, "actorId" uuid, "documentId" uuid NOT NULL, "threadId" uuid NOT NULL, "commentId" uuid, "structureId" uuid, "readAt" TIMESTAMP WITH TIME ZONE, "emailedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9561d5f9d231181193bc146334" ON "notification"  ("recipientId", "createdAt") ');
    await queryRunner.query(
      'CREATE TABLE "notification_settings" ("userId" uuid NOT NULL, "structureMentions" boolean NOT NULL DEFAULT true, "threadActivity" boolean NOT NULL DEFAULT true, "emailDigest" boolean NOT NULL DEFAULT true, "lastDigestAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a8ffc3b89343043c9440d631e2" PRIMARY KEY ("userId"))',
    );
    await queryRunner.query('ALTER TABLE "space" ADD "commentRoles" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      'ALTER TABLE "comment_anchor_check" ADD CONSTRAINT "FK_85ed947b9e43f8a8b21ddfb0050" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_c97e81d5bee5f0bf29e675738d6" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_3aaf6dd1ee4e4dfd3240672789c" FOREIGN KEY ("resolvedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_fe17f4e9d76c4b97ef3fe9b9685" FOREIGN KEY ("createdById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_f7f39dec77c39953338d2701aee" FOREIGN KEY ("threadId") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_276779da446413a0d79598d4fbd" FOREIGN KEY ("authorId") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_5dccbd108d7e6d93a844bdc5ff8" FOREIGN KEY ("authorStructureId") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_moderation" ADD CONSTRAINT "FK_85ac313da6e8a537154cadac3b3" FOREIGN KEY ("commentId") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_moderation" ADD CONSTRAINT "FK_8509bb7de0f898ef4136a2e1c37" FOREIGN KEY ("moderatorId") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_ab7cbe7a013ecac5da0a8f88884" FOREIGN KEY ("recipientId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_c5133a026bd1b3d9feccac1a234" FOREIGN KEY ("actorId") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_f2e4ba9af6454b42ae4fda7af0c" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_cc354f0b406d3717fa61d681823" FOREIGN KEY ("threadId") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_8dcb425fddadd878d80bf5fa195" FOREIGN KEY ("commentId") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_66b380bdaa49fc403859327a11e" FOREIGN KEY ("structureId") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_5a8ffc3b89343043c9440d631e2" FOREIGN KEY ("userId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_5a8ffc3b89343043c9440d631e2"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_66b380bdaa49fc403859327a11e"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_8dcb425fddadd878d80bf5fa195"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_cc354f0b406d3717fa61d681823"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_f2e4ba9af6454b42ae4fda7af0c"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_c5133a026bd1b3d9feccac1a234"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_ab7cbe7a013ecac5da0a8f88884"');
    await queryRunner.query('ALTER TABLE "comment_moderation" DROP CONSTRAINT "FK_8509bb7de0f898ef4136a2e1c37"');
    await queryRunner.query('ALTER TABLE "comment_moderation" DROP CONSTRAINT "FK_85ac313da6e8a537154cadac3b3"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_5dccbd108d7e6d93a844bdc5ff8"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_276779da446413a0d79598d4fbd"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_f7f39dec77c39953338d2701aee"');
    await queryRunner.query('ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_fe17f4e9d76c4b97ef3fe9b9685"');
    await queryRunner.query('ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_3aaf6dd1ee4e4dfd3240672789c"');
    await queryRunner.query('ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_c97e81d5bee5f0bf29e675738d6"');
    await queryRunner.query('ALTER TABLE "comment_anchor_check" DROP CONSTRAINT "FK_85ed947b9e43f8a8b21ddfb0050"');
    await queryRunner.query('ALTER TABLE "space" DROP COLUMN "commentRoles"');
    await queryRunner.query('DROP TABLE "notification_settings"');
    await queryRunner.query('DROP INDEX "public"."IDX_9561d5f9d231181193bc146334"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP INDEX "public"."IDX_85ac313da6e8a537154cadac3b"');
    await queryRunner.query('DROP TABLE "comment_moderation"');
    await queryRunner.query('DROP INDEX "public"."IDX_61deb2e5c6df5824e6930974b6"');
    await queryRunner.query('DROP INDEX "public"."IDX_59ed5f8da9154251dbba55f485"');
    await queryRunner.query('DROP TABLE "comment"');
    await queryRunner.query('DROP INDEX "public"."IDX_e3a92a3b0226b336df7a3acb6d"');
    await queryRunner.query('DROP TABLE "comment_thread"');
    await queryRunner.query('DROP TABLE "comment_anchor_check"');
  }
}
