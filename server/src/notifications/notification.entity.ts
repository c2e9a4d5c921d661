import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Comment } from '../comments/comment.entity';
import { CommentThread } from '../comments/comment-thread.entity';
import { Document } from '../documents/document.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';

export const NOTIFICATION_KINDS = ['MENTION', 'STRUCTURE_MENTION', 'REPLY', 'RESOLVED', 'REOPENED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something that happened in a discussion or a document's text and concerns one person: they were mentioned, their
 * structure was, someone replied in a discussion they take part in, or it was resolved or reopened.
 */
@Entity('notification')
@Index(['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  recipient: User;

  @Column({ type: 'varchar' })
  kind: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  actor: User | null;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  /** Null for a mention in the document's text rather than in a discussion. */
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @ManyToOne(() => CommentThread, { onDelete: 'CASCADE' })
  thread: CommentThread | null;

  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  comment: Comment | null;

  /** For a structure mention: the structure that was named. */
  @Column({ type: 'uuid', nullable: true })
  structureId: string | null;

  @ManyToOne(() => Structure, { onDelete: 'SET NULL' })
  structure: Structure | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out in an e-mail digest; null while it has not (or without SMTP). */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
