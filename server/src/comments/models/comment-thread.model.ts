import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ThreadStatus } from '../comment-thread.entity';
import { CommentAuthor, CommentView } from './comment.model';
import { ThreadStatusEnum } from './enums';

@ObjectType({ description: 'Le document d’une discussion : de quoi le nommer et y mener.' })
export class CommentDocument {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  slug: string;
}

@ObjectType({ description: 'Le passage commenté, en positions relatives Yjs (voir CommentAnchorInput).' })
export class CommentAnchor {
  @Field()
  from: string;

  @Field()
  to: string;
}

@ObjectType('CommentThread', { description: 'Une discussion : sur un passage du document, ou sur le document entier.' })
export class ThreadView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  documentId: string;

  @Field(() => CommentDocument, { description: 'Le document (utile dans une synthèse d’espace).' })
  document: CommentDocument;

  @Field(() => CommentAnchor, { nullable: true, description: 'Vide : la discussion porte sur le document entier.' })
  anchor: CommentAnchor | null;

  @Field(() => String, { nullable: true, description: 'Le passage commenté, tel qu’il se lisait ; gardé si le texte est supprimé.' })
  excerpt: string | null;

  @Field(() => String, { nullable: true, description: 'Le titre du chapitre où se trouve le passage ; vide hors chapitre.' })
  chapter: string | null;

  @Field({ description: 'Le passage commenté a été supprimé du document (« texte supprimé ») ; la discussion reste.' })
  textDeleted: boolean;

  @Field(() => ThreadStatusEnum)
  status: ThreadStatus;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => CommentAuthor, { nullable: true })
  resolvedBy: CommentAuthor | null;

  @Field()
  createdAt: Date;

  @Field()
  lastActivityAt: Date;

  @Field(() => [CommentView], { description: 'Dans l’ordre ; un commentaire supprimé n’y reste que si d’autres le suivent.' })
  comments: CommentView[];

  @Field(() => Int, { description: 'Nombre de commentaires encore lisibles.' })
  commentCount: number;

  @Field({ description: 'La personne peut-elle répondre ?' })
  canReply: boolean;

  @Field({ description: 'La personne peut-elle la marquer comme résolue ou la rouvrir ?' })
  canResolve: boolean;
}
