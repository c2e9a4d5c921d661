import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';

export const THREAD_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/**
 * A discussion on a document: on a passage of its text (an anchor) or on the document as a whole. Its comments
 * are in `comment`; the first one opens the discussion.
 */
@Entity('comment_thread')
@Index(['documentId', 'createdAt'])
export class CommentThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  /**
   * Where the passage starts and ends, as Yjs relative positions (Y.encodeRelativePosition, base64) in the editor's
   * XmlFragment 'default': they follow the edits made around them, offline ones included. Null for the whole document.
   */
  @Column({ type: 'text', nullable: true })
  anchorFrom: string | null;

  @Column({ type: 'text', nullable: true })
  anchorTo: string | null;

  /** The passage as it read when the discussion was opened, kept when the text is later deleted. */
  @Column({ type: 'text', nullable: true })
  excerpt: string | null;

  @Column({ type: 'varchar', default: 'OPEN' })
  status: ThreadStatus;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  resolvedBy: User | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  createdBy: User | null;

  /**
   * Where the anchor sits now, worked out from the document's Yjs state (see AnchorsService) and kept here so that
   * filters and summaries need not read every document: the chapter's heading, its rank, and whether the passage
   * was deleted. Refreshed whenever the document changed since the last look.
   */
  @Column({ type: 'text', nullable: true })
  chapter: string | null;

  @Column({ type: 'int', nullable: true })
  chapterIndex: number | null;

  @Column({ type: 'boolean', default: false })
  textDeleted: boolean;

  /** The structures that spoke here and how many readable comments each wrote (see summary/summary-rows.ts). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  speakers: Record<string, number>;

  /** Set when the last remaining comment of the discussion was deleted: the discussion is gone. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** The last comment written or the last change of status: lists put the liveliest discussions first. */
  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}
