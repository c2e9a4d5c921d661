import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** How a person wants to be told. No row means the defaults: everything on. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: User;

  /** Be told when one's structure is mentioned (`@CAF`); mentions of oneself always are. */
  @Column({ type: 'boolean', default: true })
  structureMentions: boolean;

  /** Be told of replies, resolutions and reopenings in discussions one takes part in. */
  @Column({ type: 'boolean', default: true })
  threadActivity: boolean;

  /** Receive what is unread by e-mail, at most one message every 15 minutes (when the server can send e-mail). */
  @Column({ type: 'boolean', default: true })
  emailDigest: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;
}
