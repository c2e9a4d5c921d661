import { Field, ObjectType } from '@nestjs/graphql';
import { Invitation } from '../invitations/invitation.model';

@ObjectType({ description: 'Un lien créé pour une personne (invitation ou nouveau mot de passe).' })
export class LinkResult {
  @Field(() => Invitation, { nullable: true })
  invitation: Invitation | null;

  @Field(() => String, {
    nullable: true,
    description: 'Le lien lui-même, donné à l’administrateur seulement quand il n’a pas pu partir par e-mail.',
  })
  link: string | null;

  @Field({ description: 'Vrai quand le lien est parti par e-mail.' })
  emailed: boolean;
}
