import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveEditing1795438220153 implements MigrationInterface {
  name = 'LiveEditing1795438220153';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "document_update" ("id" BIGSERIAL NOT NULL, "documentId" uuid NOT NULL, "update" bytea NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3bd03fdcd038f31e815d10b3deb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8a34e25ca9a0a2e2df1c7a71ea" ON "document_update"  ("documentId") ');
    await queryRunner.query(
      'CREATE TABLE "server_setting" ("key" character varying NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_47b83d413b2f2d6684c10468650" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('ALTER TABLE "document" ADD "ydoc" bytea');
    await queryRunner.query(
      'ALTER TABLE "document_update" ADD CONSTRAINT "FK_8a34e25ca9a0a2e2df1c7a71ea4" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "document_update" DROP CONSTRAINT "FK_8a34e25ca9a0a2e2df1c7a71ea4"');
    await queryRunner.query('ALTER TABLE "document" DROP COLUMN "ydoc"');
    await queryRunner.query('DROP TABLE "server_setting"');
    await queryRunner.query('DROP INDEX "public"."IDX_8a34e25ca9a0a2e2df1c7a71ea"');
    await queryRunner.query('DROP TABLE "document_update"');
  }
}
