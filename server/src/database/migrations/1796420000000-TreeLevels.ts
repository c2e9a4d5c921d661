import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tree is read a level at a time: the documents under a parent, live ones first, counted from the index. */
export class TreeLevels1796420000000 implements MigrationInterface {
  name = 'TreeLevels1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_cd95f3fc81e5c1a9625d677973" ON "document"  ("parentId", "spaceId", "deletedAt", "position") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_cd95f3fc81e5c1a9625d677973"');
  }
}
