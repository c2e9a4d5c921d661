import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentImages1796161007353 implements MigrationInterface {
  name = 'DocumentImages1796161007353';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "document_image" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "uploadedById" uuid, "contentType" character varying(20) NOT NULL, "byteSize" integer NOT NULL, "sha256" character varying(64) NOT NULL, "data" bytea NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d69359a10b883b92650357ebd1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_05dfb424a2afba7a7de61fb467" ON "document_image"  ("documentId") ');
    await queryRunner.query(
      'ALTER TABLE "document_image" ADD CONSTRAINT "FK_05dfb424a2afba7a7de61fb4675" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_image" ADD CONSTRAINT "FK_98db6fff326ce10ccf7cc7dbfa3" FOREIGN KEY ("uploadedById") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "document_image" DROP CONSTRAINT "FK_98db6fff326ce10ccf7cc7dbfa3"');
    await queryRunner.query('ALTER TABLE "document_image" DROP CONSTRAINT "FK_05dfb424a2afba7a7de61fb4675"');
    await queryRunner.query('DROP TABLE "document_image"');
  }
}
