import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from './document.entity';

export const DOCUMENT_EVENT_KINDS = ['CREATED', 'RENAMED', 'MOVED', 'TRASHED', 'RESTORED'] as const;
export type DocumentEventKind = (typeof DOCUMENT_EVENT_KINDS)[number];
export const DocumentEventKindEnum = Object.fromEntries(DOCUMENT_EVENT_KINDS.map((k) => [k, k])) as { [K in DocumentEventKind]: K };
registerEnumType(DocumentEventKindEnum, {
  name: 'DocumentEventKind',
  description: 'Créé, renommé, déplacé, mis à la corbeille ou restauré.',
});

/** What happened to a document besides its content (title, place in the tree, trash): part of its history. */
@ObjectType({ description: 'Un changement de titre, de place ou de corbeille dans l’histoire d’un document.' })
@Entity('document_event')
@Index(['documentId', 'at'])
export class DocumentEvent {
  /** In the order things happened, even within one millisecond. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Field(() => DocumentEventKindEnum)
  @Column({ type: 'varchar' })
  kind: DocumentEventKind;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'Avant : l’ancien titre, ou l’ancien emplacement.' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Après : le nouveau titre, ou le nouvel emplacement.' })
  @Column({ type: 'text', nullable: true })
  after: string | null;
}
