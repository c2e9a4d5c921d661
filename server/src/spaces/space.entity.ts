import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SPACE_VISIBILITIES, type Role, type SpaceVisibility } from '@cocon/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RoleEnum } from '../users/user.entity';

export const SpaceVisibilityEnum = Object.fromEntries(SPACE_VISIBILITIES.map((v) => [v, v])) as {
  [K in SpaceVisibility]: K;
};
registerEnumType(SpaceVisibilityEnum, {
  name: 'SpaceVisibility',
  description: 'PUBLIC : tout le monde ; MEMBERS : toute personne connectée ; RESTRICTED : les rôles et structures choisis.',
});

@ObjectType({ description: 'Un espace : un ensemble de documents rangés en arbre, avec sa visibilité.' })
@Entity('space')
export class Space {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: 'Identifiant lisible utilisé dans les adresses (/espaces/<slug>).' })
  @Index({ unique: true })
  @Column()
  slug: string;

  /** Slugs the space had before, so that old addresses keep working. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  previousSlugs: string[];

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => SpaceVisibilityEnum)
  @Column({ type: 'varchar' })
  visibility: SpaceVisibility;

  @Field(() => [RoleEnum], { description: 'Rôles qui peuvent lire l’espace quand il est restreint.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedRoles: Role[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  allowedStructureIds: string[];

  @Field(() => [RoleEnum], {
    description: 'Rôles qui peuvent commenter ici ; vide : toute personne qui peut lire l’espace (les administrateurs commentent toujours).',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  commentRoles: Role[];

  @Field()
  @Column({ type: 'int', default: 0 })
  position: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
