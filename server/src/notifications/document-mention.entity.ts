import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MentionKind } from '@cocon/shared';
import { Document } from '../documents/document.entity';

/**
 * A person or a structure mentioned in a document's text, already told: each is notified once per document, however
 * often the content is saved afterwards.
 */
@Entity('document_mention')
export class DocumentMention {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @PrimaryColumn({ type: 'varchar' })
  kind: MentionKind;

  /** The person's or the structure's id. */
  @PrimaryColumn({ type: 'uuid' })
  mentionedId: string;

  @Column({ type: 'timestamptz' })
  notifiedAt: Date;
}
