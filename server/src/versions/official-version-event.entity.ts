import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OfficialVersion } from './official-version.entity';

export const OFFICIAL_VERSION_ACTIONS = ['PROPOSED', 'APPROVED', 'WITHDRAWN'] as const;
export type OfficialVersionAction = (typeof OFFICIAL_VERSION_ACTIONS)[number];
export const OfficialVersionActionEnum = Object.fromEntries(OFFICIAL_VERSION_ACTIONS.map((a) => [a, a])) as {
  [K in OfficialVersionAction]: K;
};
registerEnumType(OfficialVersionActionEnum, { name: 'OfficialVersionAction', description: 'Proposée, validée ou retirée.' });

/** The audit trail of an official version: who proposed, approved or withdrew it, when, and why. Append-only. */
@ObjectType({ description: 'Une étape de la vie d’une version officielle, gardée pour toujours.' })
@Entity('official_version_event')
export class OfficialVersionEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  officialVersionId: string;

  @ManyToOne(() => OfficialVersion, { onDelete: 'RESTRICT' })
  officialVersion: OfficialVersion;

  @Field(() => OfficialVersionActionEnum)
  @Column({ type: 'varchar' })
  action: OfficialVersionAction;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;
}
