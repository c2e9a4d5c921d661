import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentMentions1796693719473 implements MigrationInterface {
  name = 'DocumentMentions1796693719473';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "document_mention" ("documentId" uuid NOT NULL, "kind" character varying NOT NULL, "mentionedId" uuid NOT NULL, "notifiedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f56bd8abe5493c30235b9f4a8d9" PRIMARY KEY ("documentId", "kind", "mentionedId"))',
    );
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_cc354f0b406d3717fa61d681823"');
    await queryRunner.query('ALTER TABLE "notification" ALTER COLUMN "threadId" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "document_mention" ADD CONSTRAINT "FK_acc098870333a53e476c9009671" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_cc354f0b406d3717fa61d681823" FOREIGN KEY ("threadId") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_cc354f0b406d3717fa61d681823"');
    await queryRunner.query('ALTER TABLE "document_mention" DROP CONSTRAINT "FK_acc098870333a53e476c9009671"');
    // Mentions in a document's text have no discussion: they cannot stay once every notification needs one.
    await queryRunner.query('DELETE FROM "notification" WHERE "threadId" IS NULL');
    await queryRunner.query('ALTER TABLE "notification" ALTER COLUMN "threadId" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_cc354f0b406d3717fa61d681823" FOREIGN KEY ("threadId") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('DROP TABLE "document_mention"');
  }
}
