import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentsByStructure1796166255479 implements MigrationInterface {
  name = 'CommentsByStructure1796166255479';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_45ab677e1ed0c29246f8ac1e18" ON "comment"  ("authorStructureId", "createdAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_45ab677e1ed0c29246f8ac1e18"');
  }
}
