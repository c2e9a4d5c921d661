import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginProtection1796430386266 implements MigrationInterface {
  name = 'LoginProtection1796430386266';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "known_device" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "deviceHash" character varying NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastUsedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_171dbcb4a77c6a7266851eaed2d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f636702ef8cd47b48b8ac073dc" ON "known_device"  ("userId", "deviceHash") ');
    await queryRunner.query(
      'CREATE TABLE "login_counter" ("key" character varying NOT NULL, "failures" integer NOT NULL, "lastFailureAt" TIMESTAMP WITH TIME ZONE NOT NULL, "alertedAt" TIMESTAMP WITH TIME ZONE, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_78b9b639f391445489d7dbeb75d" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_17e8c798dc963257c2e8794fa6" ON "login_counter"  ("expiresAt") ');
    await queryRunner.query(
      'ALTER TABLE "known_device" ADD CONSTRAINT "FK_c40dd1afb094bec92a114057aa6" FOREIGN KEY ("userId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Until now an account's last visit was written only 5 minutes into a session: take it from the sessions still open.
    await queryRunner.query(
      'UPDATE "account" a SET "lastSeenAt" = s.seen FROM (SELECT "userId", max("lastSeenAt") AS seen FROM "session" GROUP BY "userId") s ' +
        'WHERE s."userId" = a.id AND (a."lastSeenAt" IS NULL OR a."lastSeenAt" < s.seen)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "known_device" DROP CONSTRAINT "FK_c40dd1afb094bec92a114057aa6"');
    await queryRunner.query('DROP INDEX "public"."IDX_17e8c798dc963257c2e8794fa6"');
    await queryRunner.query('DROP TABLE "login_counter"');
    await queryRunner.query('DROP INDEX "public"."IDX_f636702ef8cd47b48b8ac073dc"');
    await queryRunner.query('DROP TABLE "known_device"');
  }
}
