import type { MentionKind, Role } from '@cocon/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { CommentThread } from './comment-thread.entity';

/** A `@Prénom Nom` or `@CAF` found in a comment's text: which account or structure, and where in the text. */
export interface StoredMention {
  kind: MentionKind;
  id: string;
  offset: number;
  length: number;
}

/**
 * One comment of a discussion. Its text is plain text (never HTML): mentions are kept beside it as ranges.
 * The author's structure and role are those of the moment it was written: the comment speaks for them.
 */
@Entity('comment')
@Index(['threadId', 'createdAt'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => CommentThread, { onDelete: 'CASCADE' })
  thread: CommentThread;

  /** The thread's document, repeated so that summaries of a whole space read one table. */
  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  author: User | null;

  @Column({ type: 'uuid', nullable: true })
  authorStructureId: string | null;

  @ManyToOne(() => Structure, { onDelete: 'SET NULL' })
  authorStructure: Structure | null;

  @Column({ type: 'varchar' })
  authorRole: Role;

  /** Emptied when the comment is deleted. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mentions: StoredMention[];

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a moderator; the reason and who did it are also in the moderation history. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
