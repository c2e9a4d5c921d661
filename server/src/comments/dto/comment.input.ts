import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { COMMENT_LENGTH, COMMENT_SEARCH_LENGTH, COMMENTED_PASSAGE_LENGTH, HIDING_REASON_LENGTH } from '@cocon/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Text } from '../../common/validation';
import { DOCUMENT_MESSAGES } from '../../documents/documents.messages';
import { STRUCTURE_MESSAGES } from '../../structures/structures.messages';
import { COMMENT_MESSAGES } from '../comments.messages';
import { THREAD_STATUS_FILTERS, ThreadStatusFilterEnum, type ThreadStatusFilter } from '../models/enums';

/**
 * What a person typed, as stored: one Unicode form (so that « é » typed two ways is one letter), line breaks as
 * « \n », and no control characters (PostgreSQL refuses NUL in text), before the usual trimming and length checks.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const CommentBody = (): PropertyDecorator => (target, key) => {
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '') : value))(target, key);
  Text('Le commentaire', COMMENT_LENGTH)(target, key);
};

/** What every written comment carries: its text, and who was picked from the « @ » list while writing it. */
@InputType({ isAbstract: true })
export abstract class CommentTextInput {
  @Field({ description: 'Texte brut ; « @Prénom Nom » et « @CAF » y sont des mentions.' })
  @CommentBody()
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Les personnes choisies dans la liste proposée après « @ » : quand plusieurs personnes portent le nom écrit, seules celles-ci sont prévenues.',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Un commentaire ne peut pas mentionner plus de 100 personnes choisies.' })
  @IsUUID('all', { each: true, message: 'Une des personnes choisies après « @ » est inconnue.' })
  chosenPeople?: string[] | null;
}

const ThreadId = () => IsUUID('all', { message: COMMENT_MESSAGES.threadNotFound });
const CommentId = () => IsUUID('all', { message: COMMENT_MESSAGES.commentNotFound });
const DocumentId = () => IsUUID('all', { message: DOCUMENT_MESSAGES.notFound });

@InputType({ description: 'Le passage commenté : ses deux bouts en positions relatives Yjs, et son texte tel qu’il se lisait.' })
export class CommentAnchorInput {
  @Field({ description: 'Début : Y.encodeRelativePosition d’une position de l’XmlFragment « default », en base64.' })
  @IsString({ message: COMMENT_MESSAGES.anchorUnreadable })
  @MaxLength(200, { message: COMMENT_MESSAGES.anchorUnreadable })
  from: string;

  @Field({ description: 'Fin, sous la même forme.' })
  @IsString({ message: COMMENT_MESSAGES.anchorUnreadable })
  @MaxLength(200, { message: COMMENT_MESSAGES.anchorUnreadable })
  to: string;

  @Field({ description: 'Le texte sélectionné, gardé s’il est supprimé ensuite (raccourci à 300 caractères).' })
  @Text('Le passage commenté', COMMENTED_PASSAGE_LENGTH)
  excerpt: string;
}

@InputType()
export class CreateThreadInput extends CommentTextInput {
  @Field(() => ID)
  @DocumentId()
  documentId: string;

  @Field(() => CommentAnchorInput, { nullable: true, description: 'Absent : la discussion porte sur le document entier.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommentAnchorInput)
  anchor?: CommentAnchorInput | null;
}

@InputType()
export class ReplyToThreadInput extends CommentTextInput {
  @Field(() => ID)
  @ThreadId()
  threadId: string;
}

@InputType()
export class EditCommentInput extends CommentTextInput {
  @Field(() => ID)
  @CommentId()
  id: string;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  @CommentId()
  id: string;

  @Field({ description: 'Pourquoi le commentaire est masqué : gardé dans l’historique de modération, montré à son auteur.' })
  @Text('Le motif', HIDING_REASON_LENGTH)
  reason: string;
}

@InputType({ description: 'Pour ne garder que certaines discussions ; chaque critère donné s’ajoute aux autres.' })
export class CommentFilterInput {
  @Field(() => ThreadStatusFilterEnum, { nullable: true, description: 'Toutes par défaut.' })
  @IsOptional()
  @IsIn(THREAD_STATUS_FILTERS, { message: 'Choisissez les discussions ouvertes, résolues ou toutes.' })
  status?: ThreadStatusFilter | null;

  @Field(() => [ID], { nullable: true, description: 'Les discussions où l’une de ces structures a écrit (100 au plus).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Choisissez au plus 100 structures.' })
  @IsUUID('all', { each: true, message: STRUCTURE_MESSAGES.oneUnknown })
  structureIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Les discussions où l’une de ces personnes a écrit (100 au plus).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Choisissez au plus 100 personnes.' })
  @IsUUID('all', { each: true, message: 'Une des personnes choisies est inconnue.' })
  authorIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Le titre d’un chapitre ; chaîne vide : hors chapitre (document entier, avant le premier titre).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  chapter?: string | null;

  @Field(() => String, { nullable: true, description: 'Un mot ou une phrase, cherché dans les commentaires et les passages commentés.' })
  @IsOptional()
  @Text('La recherche', COMMENT_SEARCH_LENGTH)
  search?: string | null;
}

@ArgsType()
export class CommentThreadsArgs {
  @Field(() => ID)
  @DocumentId()
  documentId: string;

  @Field(() => CommentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommentFilterInput)
  filter?: CommentFilterInput | null;
}
