import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Comment } from './comment.entity';

export const MODERATION_ACTIONS = ['HIDE', 'SHOW'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/**
 * The moderation history: every time a moderator hid a comment or showed it again, with the reason and the text
 * as it was. Rows are only ever added.
 */
@Entity('comment_moderation')
export class CommentModeration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  comment: Comment;

  @Column({ type: 'varchar' })
  action: ModerationAction;

  @Column({ type: 'text' })
  reason: string;

  /** The comment's text at that moment, so the history still says what was hidden if the author deletes it later. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  moderatorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  moderator: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
