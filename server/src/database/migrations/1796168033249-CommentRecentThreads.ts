import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentRecentThreads1796168033249 implements MigrationInterface {
  name = 'CommentRecentThreads1796168033249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_45ab677e1ed0c29246f8ac1e18"');
    await queryRunner.query(
      'CREATE TABLE "comment_summary_recent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "structureKey" text NOT NULL, "threadIds" uuid array NOT NULL, "activity" TIMESTAMP WITH TIME ZONE array NOT NULL, CONSTRAINT "PK_13ccf0676692c792646608efcab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_5c9ab178391ec5511da61613b6" ON "comment_summary_recent"  ("documentId") ');
    await queryRunner.query(
      'ALTER TABLE "comment_summary_recent" ADD CONSTRAINT "FK_5c9ab178391ec5511da61613b6f" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Each structure's latest discussions in every document that already has some.
    await queryRunner.query(`INSERT INTO comment_summary_recent ("documentId", "structureKey", "threadIds", activity)
      SELECT t."documentId", s.key, (array_agg(t.id ORDER BY t."lastActivityAt" DESC, t.id))[1:10],
             (array_agg(t."lastActivityAt" ORDER BY t."lastActivityAt" DESC, t.id))[1:10]
      FROM comment_thread t CROSS JOIN LATERAL jsonb_object_keys(t.speakers) AS s(key)
      WHERE t."deletedAt" IS NULL GROUP BY 1, 2`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment_summary_recent" DROP CONSTRAINT "FK_5c9ab178391ec5511da61613b6f"');
    await queryRunner.query('DROP INDEX "public"."IDX_5c9ab178391ec5511da61613b6"');
    await queryRunner.query('DROP TABLE "comment_summary_recent"');
    await queryRunner.query('CREATE INDEX "IDX_45ab677e1ed0c29246f8ac1e18" ON "comment" USING btree ("authorStructureId", "createdAt") ');
  }
}
