import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795435379217 implements MigrationInterface {
  name = 'Initial1795435379217';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "esc_site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "neighbourhood" character varying NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_aef69145e07ec372ff82153e7d7" UNIQUE ("name"), CONSTRAINT "PK_6e3b17bcd5ac0e06d0dd29f3359" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "structure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "shortName" character varying NOT NULL, "kind" character varying NOT NULL, "color" character varying(7) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c8c00863936d272fd1a509db3f7" UNIQUE ("name"), CONSTRAINT "PK_90ac7986e769d602d218075215c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "email" character varying NOT NULL, "role" character varying NOT NULL, "structureId" uuid NOT NULL, "passwordHash" character varying, "disabledAt" TIMESTAMP WITH TIME ZONE, "lastSeenAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_4c8f96ccf523e9a3faefd5bdd4" ON "account"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "auth_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying NOT NULL, "tokenHash" character varying NOT NULL, "userId" uuid NOT NULL, "createdById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4572ff5d1264c4a523f01aa86a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_7634f50cfa7ac8e4e4d5f31e35" ON "auth_token"  ("tokenHash") ');
    await queryRunner.query('CREATE INDEX "IDX_5a326267f11b44c0d62526bc71" ON "auth_token"  ("userId") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" character varying NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "userAgent" character varying, "ip" character varying, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session"  ("tokenHash") ');
    await queryRunner.query('CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") ');
    await queryRunner.query(
      'CREATE TABLE "space" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "slug" character varying NOT NULL, "previousSlugs" text array NOT NULL DEFAULT \'{}\', "description" text NOT NULL DEFAULT \'\', "visibility" character varying NOT NULL, "allowedRoles" text array NOT NULL DEFAULT \'{}\', "allowedStructureIds" uuid array NOT NULL DEFAULT \'{}\', "position" integer NOT NULL DEFAULT \'0\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_094f5ec727fe052956a11623640" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_50c7b3ee045d00fc5e16bb9b1c" ON "space"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying NOT NULL, "slug" character varying NOT NULL, "spaceId" uuid NOT NULL, "parentId" uuid, "position" integer NOT NULL DEFAULT \'0\', "content" jsonb NOT NULL, "text" text NOT NULL DEFAULT \'\', "createdById" uuid, "updatedById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "deletedById" uuid, "trashRootId" uuid, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1fc508f4b5a07f349d411936ee" ON "document"  ("deletedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_1d540d1cf68c42812f0d0f1c45" ON "document"  ("spaceId", "parentId", "position") ');
    await queryRunner.query(
      'CREATE TABLE "structure_site" ("structureId" uuid NOT NULL, "escSiteId" uuid NOT NULL, CONSTRAINT "PK_7e753728a0feb5b04ee601d91bb" PRIMARY KEY ("structureId", "escSiteId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_5a262ed53b078eaa2b62bca9f0" ON "structure_site"  ("structureId") ');
    await queryRunner.query('CREATE INDEX "IDX_f5ed893178e5ad15433554a8f6" ON "structure_site"  ("escSiteId") ');
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "FK_1fc961ad2e86f0fb08d2b3a1981" FOREIGN KEY ("structureId") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_token" ADD CONSTRAINT "FK_5a326267f11b44c0d62526bc718" FOREIGN KEY ("userId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_token" ADD CONSTRAINT "FK_ed88ef1f717360ab014e63a60bb" FOREIGN KEY ("createdById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_5ead4bbd3e6ea94e5bf80a19c11" FOREIGN KEY ("spaceId") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_4c4ae8a7a98116d84d0ecb087b9" FOREIGN KEY ("parentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_9eac3612452020c976207f37b03" FOREIGN KEY ("createdById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_3d0038df8ca900f5fda2ff896a7" FOREIGN KEY ("updatedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "FK_a7783cf6b7037a607846dc80f67" FOREIGN KEY ("deletedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "structure_site" ADD CONSTRAINT "FK_5a262ed53b078eaa2b62bca9f0c" FOREIGN KEY ("structureId") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "structure_site" ADD CONSTRAINT "FK_f5ed893178e5ad15433554a8f64" FOREIGN KEY ("escSiteId") REFERENCES "esc_site"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "structure_site" DROP CONSTRAINT "FK_f5ed893178e5ad15433554a8f64"');
    await queryRunner.query('ALTER TABLE "structure_site" DROP CONSTRAINT "FK_5a262ed53b078eaa2b62bca9f0c"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_a7783cf6b7037a607846dc80f67"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_3d0038df8ca900f5fda2ff896a7"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_9eac3612452020c976207f37b03"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_4c4ae8a7a98116d84d0ecb087b9"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "FK_5ead4bbd3e6ea94e5bf80a19c11"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"');
    await queryRunner.query('ALTER TABLE "auth_token" DROP CONSTRAINT "FK_ed88ef1f717360ab014e63a60bb"');
    await queryRunner.query('ALTER TABLE "auth_token" DROP CONSTRAINT "FK_5a326267f11b44c0d62526bc718"');
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "FK_1fc961ad2e86f0fb08d2b3a1981"');
    await queryRunner.query('DROP INDEX "public"."IDX_f5ed893178e5ad15433554a8f6"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a262ed53b078eaa2b62bca9f0"');
    await queryRunner.query('DROP TABLE "structure_site"');
    await queryRunner.query('DROP INDEX "public"."IDX_1d540d1cf68c42812f0d0f1c45"');
    await queryRunner.query('DROP INDEX "public"."IDX_1fc508f4b5a07f349d411936ee"');
    await queryRunner.query('DROP TABLE "document"');
    await queryRunner.query('DROP INDEX "public"."IDX_50c7b3ee045d00fc5e16bb9b1c"');
    await queryRunner.query('DROP TABLE "space"');
    await queryRunner.query('DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('DROP INDEX "public"."IDX_ff3b5bfd0767bd32942e5ccaad"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a326267f11b44c0d62526bc71"');
    await queryRunner.query('DROP INDEX "public"."IDX_7634f50cfa7ac8e4e4d5f31e35"');
    await queryRunner.query('DROP TABLE "auth_token"');
    await queryRunner.query('DROP INDEX "public"."IDX_4c8f96ccf523e9a3faefd5bdd4"');
    await queryRunner.query('DROP TABLE "account"');
    await queryRunner.query('DROP TABLE "structure"');
    await queryRunner.query('DROP TABLE "esc_site"');
  }
}
