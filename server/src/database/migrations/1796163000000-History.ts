import type { MigrationInterface, QueryRunner } from 'typeorm';

export class History1796163000000 implements MigrationInterface {
  name = 'History1796163000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "document_event" ("id" BIGSERIAL NOT NULL, "documentId" uuid NOT NULL, "kind" character varying NOT NULL, "actorId" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "before" text, "after" text, CONSTRAINT "PK_c6b8ad4a9ae167e7399d5cd5973" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9b310a14f8bfc34f004d6903ce" ON "document_event"  ("documentId", "at") ');
    await queryRunner.query(
      'CREATE TABLE "document_activity" ("documentId" uuid NOT NULL, "userId" uuid NOT NULL, "firstAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lastAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7fa2b6e183af2fc8be2701cfb75" PRIMARY KEY ("documentId", "userId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "document_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "number" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "cause" character varying NOT NULL, "name" text, "title" text NOT NULL, "blockHashes" bytea NOT NULL, "lineage" integer array NOT NULL, "wordCount" integer NOT NULL, "changes" jsonb NOT NULL, "contributorIds" uuid array NOT NULL DEFAULT \'{}\', "structureIds" uuid array NOT NULL DEFAULT \'{}\', "restoredFromNumber" integer, "createdById" uuid, "frozenAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f416b4fe1a4994e9445d8f904a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_403f154f844728c6106de33dbd" ON "document_revision"  ("documentId", "number") ');
    await queryRunner.query(
      'CREATE TABLE "official_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "documentId" uuid NOT NULL, "revisionId" uuid NOT NULL, "label" text NOT NULL, "slug" character varying NOT NULL, "effectiveDate" date NOT NULL, "note" text NOT NULL DEFAULT \'\', "status" character varying NOT NULL, "proposedById" uuid, "proposedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "decidedById" uuid, "decidedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8961424451f4ce9c642d0f347d9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_5bad1889247d5f1e5845a4e5be" ON "official_version"  ("documentId", "slug") WHERE "status" <> \'WITHDRAWN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "official_version_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "officialVersionId" uuid NOT NULL, "action" character varying NOT NULL, "actorId" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_96dffafdd10f2e3be1bcdcd4feb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8dacd94c563006843576b3b736" ON "official_version_event"  ("officialVersionId") ');
    await queryRunner.query(
      'CREATE TABLE "revision_block" ("documentId" uuid NOT NULL, "hash" bytea NOT NULL, "content" jsonb NOT NULL, CONSTRAINT "PK_63072c635aecea255822e769d6b" PRIMARY KEY ("documentId", "hash"))',
    );
    await queryRunner.query('ALTER TABLE "document" ADD "archiveSlug" character varying');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_0a50d0b57174b5c3b313ddc79d" ON "document"  ("archiveSlug") ');
    await queryRunner.query(
      'ALTER TABLE "document_event" ADD CONSTRAINT "FK_ed4d889c540ef25332a4111bb17" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_activity" ADD CONSTRAINT "FK_ee877db7c18ec8dbbded1499a83" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_activity" ADD CONSTRAINT "FK_748f91b4f36c1e759c9506f3080" FOREIGN KEY ("userId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_revision" ADD CONSTRAINT "FK_f22a70265a3f2aadfd369a6ae62" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "official_version" ADD CONSTRAINT "FK_977400cb32d0b1c74c2234210b3" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "official_version" ADD CONSTRAINT "FK_40c4d5cc91dd477f18be22cd222" FOREIGN KEY ("revisionId") REFERENCES "document_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "official_version_event" ADD CONSTRAINT "FK_8dacd94c563006843576b3b7368" FOREIGN KEY ("officialVersionId") REFERENCES "official_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "revision_block" ADD CONSTRAINT "FK_e56521e050b3be3886f91e4924a" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Frozen means frozen, whoever asks: an approved official version, its revision, its audit trail and the
    // blocks of content can never be changed (nor the first three deleted), not even by an administrator's SQL.
    await queryRunner.query(`CREATE FUNCTION cocon_refuse_change(reason text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '%', reason USING ERRCODE = 'P0001'; END $$`);
    await queryRunner.query(`CREATE FUNCTION cocon_keep_frozen_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."frozenAt" IS NOT NULL THEN
          PERFORM cocon_refuse_change('Révision figée : une version officielle validée ne peut plus changer.');
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "document_revision_frozen" BEFORE UPDATE OR DELETE ON "document_revision"
      FOR EACH ROW EXECUTE FUNCTION cocon_keep_frozen_revision()`);
    await queryRunner.query(`CREATE FUNCTION cocon_keep_approved_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."status" = 'APPROVED' THEN
          PERFORM cocon_refuse_change('Version officielle validée : elle est figée.');
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "official_version_frozen" BEFORE UPDATE OR DELETE ON "official_version"
      FOR EACH ROW EXECUTE FUNCTION cocon_keep_approved_version()`);
    await queryRunner.query(`CREATE FUNCTION cocon_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM cocon_refuse_change('Cet historique ne peut pas être modifié.'); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER "official_version_event_append_only" BEFORE UPDATE OR DELETE ON "official_version_event"
      FOR EACH ROW EXECUTE FUNCTION cocon_append_only()`);
    await queryRunner.query(`CREATE TRIGGER "revision_block_immutable" BEFORE UPDATE ON "revision_block"
      FOR EACH ROW EXECUTE FUNCTION cocon_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "revision_block_immutable" ON "revision_block"');
    await queryRunner.query('DROP TRIGGER "official_version_event_append_only" ON "official_version_event"');
    await queryRunner.query('DROP TRIGGER "official_version_frozen" ON "official_version"');
    await queryRunner.query('DROP TRIGGER "document_revision_frozen" ON "document_revision"');
    await queryRunner.query('DROP FUNCTION cocon_append_only()');
    await queryRunner.query('DROP FUNCTION cocon_keep_approved_version()');
    await queryRunner.query('DROP FUNCTION cocon_keep_frozen_revision()');
    await queryRunner.query('DROP FUNCTION cocon_refuse_change(text)');
    await queryRunner.query('ALTER TABLE "revision_block" DROP CONSTRAINT "FK_e56521e050b3be3886f91e4924a"');
    await queryRunner.query('ALTER TABLE "official_version_event" DROP CONSTRAINT "FK_8dacd94c563006843576b3b7368"');
    await queryRunner.query('ALTER TABLE "official_version" DROP CONSTRAINT "FK_40c4d5cc91dd477f18be22cd222"');
    await queryRunner.query('ALTER TABLE "official_version" DROP CONSTRAINT "FK_977400cb32d0b1c74c2234210b3"');
    await queryRunner.query('ALTER TABLE "document_revision" DROP CONSTRAINT "FK_f22a70265a3f2aadfd369a6ae62"');
    await queryRunner.query('ALTER TABLE "document_activity" DROP CONSTRAINT "FK_748f91b4f36c1e759c9506f3080"');
    await queryRunner.query('ALTER TABLE "document_activity" DROP CONSTRAINT "FK_ee877db7c18ec8dbbded1499a83"');
    await queryRunner.query('ALTER TABLE "document_event" DROP CONSTRAINT "FK_ed4d889c540ef25332a4111bb17"');
    await queryRunner.query('DROP INDEX "public"."IDX_0a50d0b57174b5c3b313ddc79d"');
    await queryRunner.query('ALTER TABLE "document" DROP COLUMN "archiveSlug"');
    await queryRunner.query('DROP TABLE "revision_block"');
    await queryRunner.query('DROP TABLE "official_version_event"');
    await queryRunner.query('DROP TABLE "official_version"');
    await queryRunner.query('DROP TABLE "document_revision"');
    await queryRunner.query('DROP TABLE "document_activity"');
    await queryRunner.query('DROP TABLE "document_event"');
  }
}
