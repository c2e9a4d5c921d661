import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

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
  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: 'Le nombre de notifications doit être un nombre entier.' })
  @Min(1, { message: 'Demandez au moins une notification.' })
  @Max(100, { message: 'Demandez au plus 100 notifications à la fois.' })
  first: number;

  @Field(() => ID, { nullable: true, description: 'La dernière notification déjà montrée : la page suivante commence après elle.' })
  @IsOptional()
  @IsUUID('all', { message: 'Cette notification n’existe pas.' })
  after?: string | null;
}
