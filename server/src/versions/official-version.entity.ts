import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { Revision } from './revision.entity';

export const OFFICIAL_VERSION_STATUSES = ['PROPOSED', 'APPROVED', 'WITHDRAWN'] as const;
export type OfficialVersionStatus = (typeof OFFICIAL_VERSION_STATUSES)[number];
export const OfficialVersionStatusEnum = Object.fromEntries(OFFICIAL_VERSION_STATUSES.map((s) => [s, s])) as {
  [K in OfficialVersionStatus]: K;
};
registerEnumType(OfficialVersionStatusEnum, {
  name: 'OfficialVersionStatus',
  description: 'PROPOSED : proposée, en attente de validation ; APPROVED : validée par le GT ESC et figée ; WITHDRAWN : retirée.',
});

/**
 * A revision put forward as an official version ("Socle commun V2"). Once the GT ESC approves it, it is frozen:
 * neither it nor its revision can change again (database triggers refuse it, whoever asks).
 */
@ObjectType({ description: 'Une version officielle d’un document (V1, V2, V3…) : proposée, puis validée et figée, ou retirée.' })
@Entity('official_version')
@Index(['documentId', 'slug'], { unique: true, where: `"status" <> 'WITHDRAWN'` })
export class OfficialVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT' })
  document: Document;

  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => Revision, { onDelete: 'RESTRICT' })
  revision: Revision;

  @Field({ description: 'Le nom de la version (« Socle commun V2 »).' })
  @Column({ type: 'text' })
  label: string;

  @Field({ description: 'Forme courte utilisée dans l’adresse publique (« v2 »).' })
  @Column({ type: 'varchar' })
  slug: string;

  @Field({ description: 'Date d’entrée en vigueur (AAAA-MM-JJ).' })
  @Column({ type: 'date' })
  effectiveDate: string;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => OfficialVersionStatusEnum)
  @Column({ type: 'varchar' })
  status: OfficialVersionStatus;

  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  /** Who approved or withdrew it. */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'Date de la validation ou du retrait.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
