import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DECISION_NOTE_LENGTH,
  REVISION_NAME_LENGTH,
  SLUG_PATTERN,
  VERSION_LABEL_LENGTH,
  VERSION_NOTE_LENGTH,
  VERSION_SLUG_LENGTH,
  VERSION_SLUG_RULE_MESSAGE,
} from '@cocon/shared';
import { IsOptional, IsUUID, Matches, Validate, type ValidatorConstraintInterface, ValidatorConstraint } from 'class-validator';
import { Bounded, Text } from '../../common/validation';
import { DOCUMENT_MESSAGES } from '../../documents/documents.messages';
import { VERSION_MESSAGES } from '../versions.messages';

const RevisionId = () => IsUUID('all', { message: VERSION_MESSAGES.revisionNotFound });
const VersionId = () => IsUUID('all', { message: VERSION_MESSAGES.officialVersionNotFound });
const DocumentId = () => IsUUID('all', { message: DOCUMENT_MESSAGES.notFound });

@ValidatorConstraint({ name: 'calendarDate' })
class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }

  defaultMessage(): string {
    return 'La date doit être une date du calendrier, au format AAAA-MM-JJ.';
  }
}

@ArgsType()
export class NameRevisionArgs {
  @Field(() => ID)
  @RevisionId()
  id: string;

  @Field({ description: 'Le nom, par exemple « avant la rencontre du 3 juin ».' })
  @Text('Le nom', REVISION_NAME_LENGTH)
  name: string;
}

@ArgsType()
export class CreateNamedRevisionArgs {
  @Field(() => ID)
  @DocumentId()
  documentId: string;

  @Field({ description: 'Le nom de la révision.' })
  @Text('Le nom', REVISION_NAME_LENGTH)
  name: string;
}

@ArgsType()
export class CompareRevisionsArgs {
  @Field(() => ID, { description: 'La révision la plus ancienne (la référence).' })
  @RevisionId()
  fromId: string;

  @Field(() => ID, { nullable: true, description: 'La révision comparée à la référence ; absente : l’état actuel du document.' })
  @IsOptional()
  @RevisionId()
  toId?: string | null;
}

@InputType()
export class ProposeOfficialVersionInput {
  @Field(() => ID)
  @DocumentId()
  documentId: string;

  @Field(() => ID, { nullable: true, description: 'La révision proposée ; absente : l’état actuel du document.' })
  @IsOptional()
  @RevisionId()
  revisionId?: string | null;

  @Field({ description: 'Le nom de la version, par exemple « Socle commun V3 ».' })
  @Text('Le nom de la version', VERSION_LABEL_LENGTH)
  label: string;

  @Field({ description: 'La forme courte de l’adresse publique, par exemple « v3 ».' })
  @Text('La forme courte', VERSION_SLUG_LENGTH)
  @Matches(SLUG_PATTERN, { message: VERSION_SLUG_RULE_MESSAGE })
  slug: string;

  @Field({ description: 'La date d’entrée en vigueur, AAAA-MM-JJ.' })
  @Validate(CalendarDate)
  effectiveDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text('La note', VERSION_NOTE_LENGTH)
  note?: string | null;
}

@ArgsType()
export class DecideOfficialVersionArgs {
  @Field(() => ID)
  @VersionId()
  id: string;

  @Field(() => String, { nullable: true, description: 'Un mot pour l’historique de la version.' })
  @IsOptional()
  @Text('La note', DECISION_NOTE_LENGTH)
  note?: string | null;
}

/** The longest page of revisions: the « Comparer » form lists the last 200. */
export const REVISIONS_PAGE_MAX = 200;
/** The largest revision number GraphQL can carry (its Int is 32 bits). */
const REVISION_NUMBER_MAX = 2_147_483_647;

@ArgsType()
export class RevisionsArgs {
  @Field(() => Int, { defaultValue: 50, description: `De 1 à ${REVISIONS_PAGE_MAX}.` })
  @Bounded('Le nombre de révisions', 1, REVISIONS_PAGE_MAX)
  limit: number;

  @Field(() => Int, { nullable: true, description: 'Les révisions de numéro inférieur à celui-ci.' })
  @IsOptional()
  @Bounded('Le numéro de révision', 1, REVISION_NUMBER_MAX)
  before?: number | null;
}
