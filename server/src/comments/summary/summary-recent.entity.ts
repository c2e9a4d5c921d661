import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../../documents/document.entity';

/** How many of a structure's latest discussions are kept per document, for the space summary. */
export const RECENT_PER_DOCUMENT = 10;

/**
 * For each document and each structure that wrote there, its discussions with the latest activity (at most
 * RECENT_PER_DOCUMENT), rewritten with the summary rows: a space summary lists a structure's latest discussions by
 * merging these short lists instead of sorting every discussion of the space.
 */
@Entity('comment_summary_recent')
export class SummaryRecent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'text' })
  structureKey: string;

  @Column({ type: 'uuid', array: true })
  threadIds: string[];

  /** The last activity of each of those discussions, in the same order (latest first). */
  @Column({ type: 'timestamptz', array: true })
  activity: Date[];
}
