import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Un Espace Social Commun (ESC), lieu du dispositif.' })
@Entity('esc_site')
export class EscSite {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  name: string;

  @Field({ description: 'Le quartier où se trouve le lieu.' })
  @Column()
  neighbourhood: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
