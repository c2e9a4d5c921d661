import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RevisionChanges } from '@cocon/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';

export const REVISION_CAUSES = ['QUIET', 'INTERVAL', 'LAST_EDITOR_LEFT', 'NAMED', 'RESTORE', 'OFFICIAL', 'IMPORT'] as const;
export type RevisionCause = (typeof REVISION_CAUSES)[number];
export const RevisionCauseEnum = Object.fromEntries(REVISION_CAUSES.map((cause) => [cause, cause])) as { [K in RevisionCause]: K };
registerEnumType(RevisionCauseEnum, {
  name: 'RevisionCause',
  description:
    'Pourquoi la révision a été prise : QUIET (plus de modification depuis quelques minutes), INTERVAL (édition continue), ' +
    'LAST_EDITOR_LEFT (la dernière personne a quitté le document), NAMED (à la demande, avec un nom), RESTORE (retour à une ' +
    'révision plus ancienne), OFFICIAL (proposée comme version officielle), IMPORT (contenu de départ).',
});

@ObjectType({ description: 'Les changements d’une révision par rapport à la précédente.' })
export class RevisionChangesModel implements RevisionChanges {
  @Field(() => Int)
  wordsAdded: number;

  @Field(() => Int)
  wordsRemoved: number;

  @Field(() => [String], { description: 'Les chapitres touchés, dans l’ordre du document.' })
  sectionsTouched: string[];
}

/**
 * The state of a document at one moment. Its content is kept as a list of block hashes (revision_block holds each
 * distinct block once), so a thousand revisions of a long document cost little more than the blocks that changed.
 * A frozen revision (an approved official version) can never change again: a database trigger refuses it.
 */
@ObjectType({ description: 'Une révision : l’état d’un document à un moment donné, qu’on peut relire, comparer et restaurer.' })
@Entity('document_revision')
@Index(['documentId', 'number'], { unique: true })
export class Revision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Field(() => Int, { description: 'Numéro de la révision dans l’histoire du document (1 = la plus ancienne).' })
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => RevisionCauseEnum)
  @Column({ type: 'varchar' })
  cause: RevisionCause;

  @Field(() => String, { nullable: true, description: 'Le nom donné à la révision (« avant la rencontre du 3 juin »).' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field({ description: 'Le titre du document à ce moment.' })
  @Column({ type: 'text' })
  title: string;

  /** The content: 16-byte hashes of its top-level blocks, in order. */
  @Column({ type: 'bytea', select: false })
  blockHashes: Buffer;

  /** Per block of the content (as documentBlocks reads it): origin and last-change revision numbers, flattened. */
  @Column({ type: 'int', array: true, select: false })
  lineage: number[];

  @Field(() => Int)
  @Column({ type: 'int' })
  wordCount: number;

  @Field(() => RevisionChangesModel)
  @Column({ type: 'jsonb' })
  changes: RevisionChanges;

  /** The people who changed the document since the previous revision. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds: string[];

  /** Their structures at that time. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  structureIds: string[];

  @Field(() => Int, { nullable: true, description: 'Pour une restauration : le numéro de la révision remise en place.' })
  @Column({ type: 'int', nullable: true })
  restoredFromNumber: number | null;

  /** Who asked for it (a name, a restoration, a proposal); null for automatic revisions. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true, description: 'Date à laquelle la révision a été figée (version officielle validée).' })
  @Column({ type: 'timestamptz', nullable: true })
  frozenAt: Date | null;
}
