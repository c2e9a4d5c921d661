import type { JSONContent } from '@cocon/shared';
import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../documents/document.entity';

/** One top-level block of a document's content, stored once however many revisions contain it. Never updated. */
@Entity('revision_block')
export class RevisionBlock {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  /** md5 of the block's JSON: an identity, not a protection (the content is not secret, nor chosen to collide). */
  @PrimaryColumn({ type: 'bytea' })
  hash: Buffer;

  @Column({ type: 'jsonb' })
  content: JSONContent;
}
