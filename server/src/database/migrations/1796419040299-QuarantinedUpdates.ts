import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuarantinedUpdates1796419040299 implements MigrationInterface {
  name = 'QuarantinedUpdates1796419040299';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "quarantined_update" ("id" bigint NOT NULL, "documentId" uuid NOT NULL, "update" bytea NOT NULL, "problem" text NOT NULL, "receivedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "quarantinedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_519adfec5b298a65b8a17d4ebec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9a43d59e33489941d071ef4844" ON "quarantined_update"  ("documentId") ');
    await queryRunner.query(
      'ALTER TABLE "quarantined_update" ADD CONSTRAINT "FK_9a43d59e33489941d071ef4844c" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "quarantined_update" DROP CONSTRAINT "FK_9a43d59e33489941d071ef4844c"');
    await queryRunner.query('DROP INDEX "public"."IDX_9a43d59e33489941d071ef4844"');
    await queryRunner.query('DROP TABLE "quarantined_update"');
  }
}
