import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../documents/document.entity';

/**
 * An entry of the update log that could not be read when its document was loaded (written before updates were
 * checked, or damaged): set aside here, out of the way of every later load, for an administrator to look at.
 */
@Entity('quarantined_update')
export class QuarantinedUpdate {
  /** The entry's id in document_update. */
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'bytea' })
  update: Buffer;

  /** Why it was set aside: the error Yjs gave when reading it. */
  @Column({ type: 'text' })
  problem: string;

  /** When the entry was first written to the log. */
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  quarantinedAt: Date;
}
