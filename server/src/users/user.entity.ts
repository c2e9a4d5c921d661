import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@cocon/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Structure } from '../structures/structure.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'Le rôle d’un compte. Le public (sans compte) n’a pas de rôle.' });

/** An account. The table is `account` because `user` is a reserved word in PostgreSQL. */
@ObjectType('User', { description: 'Une personne qui a un compte, membre d’une structure.' })
@Entity('account')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  /** Shown only to the person and to administrators (UsersResolver.email). */
  @Index({ unique: true })
  @Column()
  email: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar' })
  role: Role;

  @Column({ type: 'uuid' })
  structureId: string;

  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' })
  structure: Structure;

  /** Null until the person has accepted their invitation. */
  @Column({ type: 'varchar', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
