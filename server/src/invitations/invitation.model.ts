import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../users/user.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: 'Une invitation envoyée par un administrateur.' })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => User)
  user: User;

  @Field(() => User, { nullable: true })
  createdBy: User | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => InvitationStatus)
  status: InvitationStatus;
}
