import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DOCUMENT_TITLE_LENGTH } from '@cocon/shared';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Bounded, Text } from '../../common/validation';
import { SPACE_MESSAGES } from '../../spaces/spaces.messages';
import { DOCUMENT_MESSAGES } from '../documents.messages';

const Title = () => Text('Le titre', DOCUMENT_TITLE_LENGTH);
const DocumentId = () => IsUUID('all', { message: DOCUMENT_MESSAGES.notFound });

@InputType()
export class CreateDocumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: SPACE_MESSAGES.notFound })
  spaceId: string;

  @Field(() => ID, { nullable: true, description: 'Le document parent ; absent pour un document de premier niveau.' })
  @IsOptional()
  parentId?: string | null;

  @Field()
  @Title()
  title: string;
}

@ArgsType()
export class RenameDocumentArgs {
  @Field(() => ID)
  @DocumentId()
  id: string;

  @Field()
  @Title()
  title: string;
}

@InputType()
export class MoveDocumentInput {
  @Field(() => ID)
  @DocumentId()
  id: string;

  @Field(() => ID, { nullable: true, description: 'Le nouveau parent ; null pour le premier niveau de l’espace.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ce document parent est inconnu.' })
  parentId?: string | null;

  @Field(() => Int, { description: 'Le rang parmi les nouveaux voisins (0 = en premier).' })
  @IsInt({ message: 'La position doit être un nombre entier.' })
  @Min(0, { message: 'La position ne peut pas être négative.' })
  @Max(100000, { message: 'La position est trop grande.' })
  position: number;
}

/** The home page shows the last few; a longer list is what the spaces are for. */
export const RECENT_DOCUMENTS_MAX = 50;

@ArgsType()
export class RecentDocumentsArgs {
  @Field(() => Int, { defaultValue: 10, description: `De 1 à ${RECENT_DOCUMENTS_MAX}.` })
  @Bounded('Le nombre de documents', 1, RECENT_DOCUMENTS_MAX)
  limit: number;
}
