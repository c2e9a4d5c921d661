import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';

/**
 * Who has been changing a document since its last revision, and when: kept in the database rather than in
 * memory so that any instance can take the revision, exactly once, crediting everyone.
 */
@Entity('document_activity')
export class DocumentActivity {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: User;

  @Column({ type: 'timestamptz' })
  firstAt: Date;

  @Column({ type: 'timestamptz' })
  lastAt: Date;
}
