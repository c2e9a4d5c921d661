import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { STRUCTURE_KINDS, type StructureKind } from '@cocon/shared';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EscSite } from './esc-site.entity';

export const StructureKindEnum = Object.fromEntries(STRUCTURE_KINDS.map((kind) => [kind, kind])) as {
  [K in StructureKind]: K;
};
registerEnumType(StructureKindEnum, { name: 'StructureKind', description: 'La nature d’une structure partenaire.' });

@ObjectType({ description: 'Une structure partenaire (CCAS, CAF, association…). Chaque compte appartient à une structure.' })
@Entity('structure')
export class Structure {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  name: string;

  @Field({ description: 'Nom court affiché dans les badges (ex. « CAF »).' })
  @Column()
  shortName: string;

  @Field(() => StructureKindEnum)
  @Column({ type: 'varchar' })
  kind: StructureKind;

  @Field({ description: 'Couleur de la structure, au format #RRGGBB ; toujours affichée avec son nom.' })
  @Column({ type: 'varchar', length: 7 })
  color: string;

  @ManyToMany(() => EscSite)
  @JoinTable({ name: 'structure_site' })
  sites: EscSite[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
