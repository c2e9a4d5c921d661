import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed logins counted for one key (an account, a network address, a known device), when Redis is not configured.
 * A counter is forgotten once `expiresAt` has passed: it slides forward with each failure.
 */
@Entity('login_counter')
export class LoginCounter {
  /** `account:…`, `address:…` or `device:…`, followed by a hash: no e-mail or address is stored in clear. */
  @PrimaryColumn({ type: 'varchar' })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt: Date;

  /** When the account's owner was told by e-mail, so that an attack brings them one message, not one per try. */
  @Column({ type: 'timestamptz', nullable: true })
  alertedAt: Date | null;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
