import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Values every instance of one installation must share (for example a signing secret). */
@Entity('server_setting')
export class ServerSetting {
  @PrimaryColumn()
  key: string;

  @Column({ type: 'text' })
  value: string;
}
