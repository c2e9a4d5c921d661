import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentSummaries1796165425906 implements MigrationInterface {
  name = 'CommentSummaries1796165425906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_summary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "structureKey" text NOT NULL, "chapter" text, "chapterIndex" integer, "status" character varying NOT NULL, "threads" integer NOT NULL, "comments" integer NOT NULL, CONSTRAINT "PK_5d38168082121ea31590569b52c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_dd0165dda82dba38933b910209" ON "comment_summary"  ("documentId") ');
    await queryRunner.query('ALTER TABLE "comment_thread" ADD "speakers" jsonb NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('CREATE INDEX "IDX_85198120f89092109a52ff4c08" ON "comment_thread"  ("lastActivityAt") ');
    await queryRunner.query(
      'ALTER TABLE "comment_summary" ADD CONSTRAINT "FK_dd0165dda82dba38933b9102096" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Discussions written before: who spoke in each, then every document's summary rows (see summary/summary-rows.ts).
    await queryRunner.query(`UPDATE comment_thread t SET speakers = coalesce((
      SELECT jsonb_object_agg(speaker, n) FROM (
        SELECT coalesce(c."authorStructureId"::text, '') AS speaker, count(*) AS n FROM comment c
        WHERE c."threadId" = t.id AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL GROUP BY 1
      ) counted), '{}'::jsonb)`);
    await queryRunner.query(`INSERT INTO comment_summary ("documentId", "structureKey", chapter, "chapterIndex", status, threads, comments)
      SELECT t."documentId", s.key, t.chapter, t."chapterIndex", t.status, count(*)::int, sum(s.value::int)::int
      FROM comment_thread t CROSS JOIN LATERAL jsonb_each_text(t.speakers) AS s WHERE t."deletedAt" IS NULL GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT t."documentId", '*', t.chapter, t."chapterIndex", t.status, count(*)::int, 0
      FROM comment_thread t WHERE t."deletedAt" IS NULL GROUP BY 1, 2, 3, 4, 5`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment_summary" DROP CONSTRAINT "FK_dd0165dda82dba38933b9102096"');
    await queryRunner.query('DROP INDEX "public"."IDX_85198120f89092109a52ff4c08"');
    await queryRunner.query('ALTER TABLE "comment_thread" DROP COLUMN "speakers"');
    await queryRunner.query('DROP INDEX "public"."IDX_dd0165dda82dba38933b910209"');
    await queryRunner.query('DROP TABLE "comment_summary"');
  }
}
