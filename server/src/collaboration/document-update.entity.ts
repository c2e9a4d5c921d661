import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';

/**
 * One Yjs update, written the moment a client sends it and before the client is told it is saved.
 * Compaction folds them into the document's snapshot and deletes them.
 */
@Entity('document_update')
export class DocumentUpdate {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'bytea' })
  update: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
