import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { JSONContent } from '@cocon/shared';
import { GraphQLJSON } from '../common/json.scalar';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Space } from '../spaces/space.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'Un document d’un espace. Son adresse (/d/<id>) ne change jamais, même s’il est renommé ou déplacé.' })
@Entity('document')
@Index(['spaceId', 'parentId', 'position'])
// A level of the tree and its counts of live sub-documents read from the index alone (spaces/space-tree.service.ts).
@Index(['parentId', 'spaceId', 'deletedAt', 'position'])
export class Document {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  title: string;

  @Field({ description: 'Forme lisible du titre pour l’adresse ; change avec le titre, l’adresse par identifiant reste.' })
  @Column()
  slug: string;

  @Column({ type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => Space, { onDelete: 'RESTRICT' })
  space: Space;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  parent: Document | null;

  @Field({ description: 'Rang parmi les documents de même parent (0 = premier).' })
  @Column({ type: 'int', default: 0 })
  position: number;

  @Field(() => GraphQLJSON, { description: 'Le contenu, au format JSON de l’éditeur (schéma dans @cocon/shared).' })
  @Column({ type: 'jsonb' })
  content: JSONContent;

  /** The live-editing (Yjs) state the content was last compacted from; null until first opened in the editor. */
  @Column({ type: 'bytea', nullable: true, select: false })
  ydoc: Buffer | null;

  /** Plain text of the content, kept for search and summaries. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  createdBy: User | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  updatedBy: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Date de mise à la corbeille ; vide pour un document en place.' })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  deletedBy: User | null;

  /** Name of the document in the addresses of its official versions (/archives/<archiveSlug>/v2), fixed at the first approval. */
  @Index({ unique: true })
  @Column({ type: 'varchar', nullable: true })
  archiveSlug: string | null;

  /** The document whose trashing took this one along; restoring it brings this one back too. */
  @Column({ type: 'uuid', nullable: true })
  trashRootId: string | null;
}
