import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MentionKind, Role } from '@cocon/shared';
import { MentionKindEnum } from '../../mentions/mention-candidate.model';
import { Structure } from '../../structures/structure.entity';
import { RoleEnum } from '../../users/user.entity';
import type { ModerationAction } from '../comment-moderation.entity';
import { CommentStateEnum, ModerationActionEnum, type CommentState } from './enums';

@ObjectType({ description: 'Une personne qui écrit dans les discussions : son nom (sa structure et son rôle sont sur chaque commentaire).' })
export class CommentAuthor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Une mention dans le texte d’un commentaire : « @ » et le nom occupent `length` caractères à partir de `offset`.' })
export class CommentMention {
  @Field(() => MentionKindEnum)
  kind: MentionKind;

  @Field(() => ID, { description: 'Le compte (PERSON) ou la structure (STRUCTURE) mentionnés.' })
  id: string;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  length: number;
}

@ObjectType({ description: 'Une entrée de l’historique de modération d’un commentaire.' })
export class ModerationEvent {
  @Field(() => ModerationActionEnum)
  action: ModerationAction;

  @Field({ description: 'Le motif donné ; vide quand le commentaire est rétabli sans motif.' })
  reason: string;

  @Field({ description: 'Le texte du commentaire à ce moment-là.' })
  body: string;

  @Field(() => CommentAuthor, { nullable: true })
  moderator: CommentAuthor | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Comment', { description: 'Un commentaire d’une discussion. Son texte est du texte brut : à afficher comme tel, jamais comme du HTML.' })
export class CommentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field(() => CommentAuthor, { nullable: true, description: 'Vide pour un commentaire supprimé.' })
  author: CommentAuthor | null;

  @Field(() => Structure, { nullable: true, description: 'La structure au nom de laquelle la personne écrivait ; vide pour un commentaire supprimé.' })
  structure: Structure | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Le rôle de la personne au moment où elle écrivait.' })
  role: Role | null;

  @Field(() => String, { nullable: true, description: 'Vide quand le commentaire est supprimé, ou masqué pour qui n’en est ni l’auteur ni modérateur.' })
  body: string | null;

  @Field(() => [CommentMention])
  mentions: CommentMention[];

  @Field(() => CommentStateEnum)
  state: CommentState;

  @Field(() => String, { nullable: true, description: 'Le motif du masquage, pour l’auteur et les modérateurs.' })
  hiddenReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Dernière modification par l’auteur (« modifié »).' })
  editedAt: Date | null;

  @Field({ description: 'La personne peut-elle modifier ou supprimer ce commentaire (c’est le sien) ?' })
  canEdit: boolean;

  @Field({ description: 'La personne peut-elle masquer ou rétablir ce commentaire ?' })
  canModerate: boolean;

  @Field(() => [ModerationEvent], { description: 'Pour les modérateurs ; vide pour les autres.' })
  moderationHistory: ModerationEvent[];
}
