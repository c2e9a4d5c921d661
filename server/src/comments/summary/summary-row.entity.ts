import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../../documents/document.entity';
import type { ThreadStatus } from '../comment-thread.entity';

/** The structure key of the rows that count every discussion of a document, whoever wrote. */
export const ALL_STRUCTURES = '*';

/**
 * The per-structure summary of one document, kept counted: for each structure that wrote (its id, or '' for a
 * structure deleted since; ALL_STRUCTURES for every discussion), chapter and status, how many discussions and
 * how many of its comments. Rewritten with each change of the document's discussions, so that a space of a
 * hundred large documents is summed from a few thousand rows instead of counted from its comments.
 */
@Entity('comment_summary')
export class SummaryRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'text' })
  structureKey: string;

  @Column({ type: 'text', nullable: true })
  chapter: string | null;

  @Column({ type: 'int', nullable: true })
  chapterIndex: number | null;

  @Column({ type: 'varchar' })
  status: ThreadStatus;

  @Column({ type: 'int' })
  threads: number;

  @Column({ type: 'int' })
  comments: number;
}
