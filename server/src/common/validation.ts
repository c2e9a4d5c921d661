import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { EMAIL_LENGTH, lengthMessages, type LengthRule } from '@cocon/shared';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { badInput } from './errors';

/**
 * A piece of text typed by a person: trimmed, then held to its shared `rule` (the client checks the same one), with
 * French messages that name it (`label`, e.g. « Le titre »).
 */
export function Text(label: string, rule: LengthRule): PropertyDecorator {
  const { tooShort, tooLong } = lengthMessages(label, rule);
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))(target, key);
    IsString({ message: `${label} doit être un texte.` })(target, key);
    MinLength(rule.min, { message: tooShort })(target, key);
    MaxLength(rule.max, { message: tooLong })(target, key);
  };
}

/**
 * A whole number chosen by the caller, such as how many items a list returns: held between `min` and `max`, so
 * that no request can ask the server for a million rows (or for minus one), with a French message naming both.
 */
export function Bounded(label: string, min: number, max: number): PropertyDecorator {
  const message = `${label} doit être un nombre entier compris entre ${min.toLocaleString('fr-FR')} et ${max.toLocaleString('fr-FR')}.`;
  return (target, key) => {
    IsInt({ message })(target, key);
    Min(min, { message })(target, key);
    Max(max, { message })(target, key);
  };
}

export function Email(): PropertyDecorator {
  return (target, key) => {
    Text('L’adresse e-mail', EMAIL_LENGTH)(target, key);
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))(target, key);
    Matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'Cette adresse e-mail n’est pas valide.' })(target, key);
  };
}

function firstError(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field: error.property, message };
    const nested = error.children && firstError(error.children, field);
    if (nested) return nested;
  }
  return null;
}

/** Validates every GraphQL input at the edge; the first problem goes back as BAD_USER_INPUT naming its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    // No `whitelist`: it would drop every field without a class-validator decorator (enums, ids), and GraphQL
    // already refuses fields that the input types do not declare.
    exceptionFactory: (errors) => {
      const first = firstError(errors);
      return first ? badInput(first.message, first.field) : new BadRequestException();
    },
  });
}
