import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Bounded } from '../../common/validation';
import { NOTIFICATION_MESSAGES } from '../notifications.messages';

@InputType({ description: 'Les réglages à changer ; un champ absent reste tel quel.' })
export class UpdateNotificationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  structureMentions?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  threadActivity?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  emailDigest?: boolean | null;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'De 1 à 100.' })
  @Bounded('Le nombre de notifications', 1, 100)
  first: number;

  @Field(() => ID, { nullable: true, description: 'La dernière notification déjà montrée : la page suivante commence après elle.' })
  @IsOptional()
  @IsUUID('all', { message: NOTIFICATION_MESSAGES.notFound })
  after?: string | null;
}
