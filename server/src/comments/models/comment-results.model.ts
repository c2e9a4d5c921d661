import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommentAuthor, CommentView } from './comment.model';
import { ThreadView } from './comment-thread.model';
import { CommentEventKindEnum, type CommentEventKind } from './enums';

@ObjectType({ description: 'Ce qu’un commentaire écrit (ou modifié) a donné.' })
export class CommentResult {
  @Field(() => ThreadView)
  thread: ThreadView;

  @Field(() => CommentView)
  comment: CommentView;

  @Field(() => [String], {
    description: 'Les mentions qui n’ont prévenu personne, et pourquoi (la personne ne peut pas lire ce document…), à montrer à l’auteur.',
  })
  mentionWarnings: string[];
}

@ObjectType({ description: 'Ce qu’il reste après la suppression d’un commentaire.' })
export class DeleteCommentResult {
  @Field(() => ID)
  threadId: string;

  @Field(() => ThreadView, { nullable: true, description: 'Vide quand la discussion a disparu avec son dernier commentaire.' })
  thread: ThreadView | null;
}

@ObjectType({ description: 'Ce qui vient de se passer dans les discussions d’un document ouvert.' })
export class CommentEvent {
  @Field(() => CommentEventKindEnum)
  kind: CommentEventKind;

  @Field(() => ID)
  threadId: string;

  @Field(() => ThreadView, { nullable: true, description: 'La discussion telle que la personne peut la lire ; vide quand elle a disparu.' })
  thread: ThreadView | null;

  @Field(() => ID, { nullable: true, description: 'Le commentaire concerné, s’il y en a un.' })
  commentId: string | null;

  @Field(() => CommentAuthor, { nullable: true, description: 'Qui l’a fait.' })
  actor: CommentAuthor | null;
}
