import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { badInput } from './errors';

/**
 * A piece of text typed by a person: trimmed, then held between `min` and `max` characters, with French
 * messages that name it (`label`, e.g. « Le titre »).
 */
export function Text(label: string, min: number, max: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))(target, key);
    IsString({ message: `${label} doit être un texte.` })(target, key);
    MinLength(min, { message: min <= 1 ? `${label} ne peut pas être vide.` : `${label} doit compter au moins ${min} caractères.` })(
      target,
      key,
    );
    MaxLength(max, { message: `${label} ne peut pas dépasser ${max} caractères.` })(target, key);
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
    Text('L’adresse e-mail', 3, 320)(target, key);
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
