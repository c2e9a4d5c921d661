import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommentAuthor } from '../../comments/models/comment.model';
import { Document } from '../../documents/document.entity';
import { Structure } from '../../structures/structure.entity';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification.entity';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kind])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'MENTION : la personne est mentionnée ; STRUCTURE_MENTION : sa structure l’est ; REPLY : une réponse dans une discussion où elle a écrit ; RESOLVED, REOPENED : une telle discussion a été résolue, rouverte.',
});

@ObjectType('Notification', { description: 'Ce qui s’est passé dans une discussion ou le texte d’un document et concerne la personne.' })
export class NotificationView {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'La phrase qui le dit, en français (« Sophie Lemoine (Ville) vous mentionne dans « Fondamentaux » »).' })
  summary: string;

  @Field(() => CommentAuthor, { nullable: true })
  actor: CommentAuthor | null;

  @Field(() => Structure, { nullable: true, description: 'La structure de la personne qui l’a fait.' })
  actorStructure: Structure | null;

  @Field(() => Structure, { nullable: true, description: 'Pour STRUCTURE_MENTION : la structure mentionnée.' })
  structure: Structure | null;

  @Field(() => Document)
  document: Document;

  @Field(() => ID, { nullable: true, description: 'La discussion ; vide pour une mention dans le texte du document.' })
  threadId: string | null;

  @Field(() => String, { nullable: true, description: 'Le passage commenté ; vide pour une discussion sur le document entier.' })
  excerpt: string | null;

  @Field(() => String, { nullable: true, description: 'Le début du commentaire ; vide s’il a été supprimé ou masqué.' })
  commentText: string | null;

  @Field({
    description: 'L’adresse dans Cocon : de la discussion (/d/<id>/<titre>?discussion=<id>) ou de la mention dans le texte (?mention=<personne ou structure>).',
  })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType({ description: 'Une page de notifications, les plus récentes d’abord.' })
export class NotificationPage {
  @Field(() => [NotificationView])
  items: NotificationView[];

  @Field(() => Int)
  unreadCount: number;

  @Field({ description: 'D’autres, plus anciennes, suivent (les demander avec after : l’identifiant de la dernière).' })
  hasMore: boolean;
}

@ObjectType('NotificationSettings', { description: 'Comment la personne veut être prévenue ; les mentions d’elle-même le sont toujours.' })
export class NotificationSettingsView {
  @Field({ description: 'Être prévenue quand sa structure est mentionnée (« @CAF »).' })
  structureMentions: boolean;

  @Field({ description: 'Être prévenue des réponses, résolutions et réouvertures dans les discussions où elle a écrit.' })
  threadActivity: boolean;

  @Field({ description: 'Recevoir par e-mail ce qui n’a pas été lu, en un message toutes les 15 minutes au plus.' })
  emailDigest: boolean;

  @Field({ description: 'Le serveur peut envoyer des e-mails (SMTP_URL est réglé) ; sinon, tout reste dans Cocon.' })
  emailAvailable: boolean;
}
