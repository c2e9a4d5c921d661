import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Structure } from '../../structures/structure.entity';
import { CommentAuthor } from './comment.model';
import { CommentDocument, ThreadView } from './comment-thread.model';

@ObjectType({ description: 'Combien de discussions dans un chapitre d’un document.' })
export class ChapterCount {
  @Field(() => CommentDocument)
  document: CommentDocument;

  @Field(() => String, { nullable: true, description: 'Vide : hors chapitre (le document entier, ou avant le premier titre).' })
  chapter: string | null;

  @Field(() => Int)
  openCount: number;

  @Field(() => Int)
  resolvedCount: number;
}

@ObjectType({ description: 'Ce qu’une structure a dit : les discussions où elle a écrit, et où.' })
export class StructureCommentSummary {
  @Field(() => Structure, { nullable: true, description: 'Vide pour les commentaires d’une structure supprimée depuis.' })
  structure: Structure | null;

  @Field(() => Int, { description: 'Discussions ouvertes où la structure a écrit.' })
  openCount: number;

  @Field(() => Int)
  resolvedCount: number;

  @Field(() => Int, { description: 'Commentaires écrits au nom de la structure.' })
  commentCount: number;

  @Field(() => [ChapterCount], { description: 'Les chapitres où elle a écrit, dans l’ordre des documents.' })
  chapters: ChapterCount[];

  @Field(() => [ThreadView], {
    description: 'Ses discussions, les plus récentes d’abord : toutes pour un document, les 10 dernières pour un espace (l’export CSV a tout).',
  })
  threads: ThreadView[];
}

@ObjectType({ description: 'Une personne qui a écrit, avec la structure au nom de laquelle elle l’a fait.' })
export class CommentParticipant {
  @Field(() => CommentAuthor)
  person: CommentAuthor;

  @Field(() => Structure, { nullable: true })
  structure: Structure | null;

  @Field(() => Int)
  commentCount: number;
}

@ObjectType({ description: 'La synthèse par structure des discussions d’un document ou d’un espace.' })
export class CommentSummary {
  @Field(() => Int)
  openCount: number;

  @Field(() => Int)
  resolvedCount: number;

  @Field(() => [StructureCommentSummary], { description: 'Les structures qui ont écrit, celles qui ont le plus de discussions d’abord.' })
  structures: StructureCommentSummary[];

  @Field(() => [ChapterCount], { description: 'Tous les chapitres qui ont des discussions.' })
  chapters: ChapterCount[];

  @Field(() => [CommentParticipant], { description: 'Les personnes qui ont écrit (pour filtrer).' })
  participants: CommentParticipant[];
}
