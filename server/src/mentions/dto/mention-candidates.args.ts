import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class MentionCandidatesArgs {
  @Field(() => ID, { description: 'Le document où la mention sera écrite : seules les personnes qui peuvent le lire sont proposées.' })
  documentId: string;

  @Field({ description: 'Le début ou un morceau du nom, sans tenir compte des accents ni des majuscules ; vide pour les premiers.' })
  @IsString()
  @MaxLength(100, { message: 'La recherche est trop longue (100 caractères au plus).' })
  search: string;
}
