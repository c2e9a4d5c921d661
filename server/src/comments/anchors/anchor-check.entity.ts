import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../../documents/document.entity';

/**
 * Which state of a document the places of its discussions (chapter, deleted text) were last worked out from: the
 * document's last compaction and the last update logged since. When either moved, they are worked out again.
 */
@Entity('comment_anchor_check')
export class AnchorCheck {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'text' })
  signature: string;
}
