/**
 * The rules a person's input follows, written once: the server enforces them (its input checks and services) and
 * the client checks them before sending (form checks, `maxLength`), so both always state the same limit.
 * This file imports nothing, so that any page can load it on its own (`@cocon/shared/rules`).
 */

/** How long a text may be, in characters (trimmed first, except passwords). */
export interface LengthRule {
  readonly min: number;
  readonly max: number;
}

export const PASSWORD_LENGTH: LengthRule = { min: 10, max: 200 };
export const EMAIL_LENGTH: LengthRule = { min: 3, max: 320 };
/** A person's name, on an account or an invitation. */
export const PERSON_NAME_LENGTH: LengthRule = { min: 2, max: 120 };
export const STRUCTURE_NAME_LENGTH: LengthRule = { min: 2, max: 120 };
/** The name on a structure's badges. */
export const STRUCTURE_SHORT_NAME_LENGTH: LengthRule = { min: 1, max: 20 };
export const SPACE_NAME_LENGTH: LengthRule = { min: 2, max: 120 };
export const SPACE_DESCRIPTION_LENGTH: LengthRule = { min: 0, max: 1000 };
export const DOCUMENT_TITLE_LENGTH: LengthRule = { min: 1, max: 200 };
export const COMMENT_LENGTH: LengthRule = { min: 1, max: 10_000 };
/** The passage a comment is about, as it read when selected. */
export const COMMENTED_PASSAGE_LENGTH: LengthRule = { min: 1, max: 5000 };
/** Why a moderator hides a comment. */
export const HIDING_REASON_LENGTH: LengthRule = { min: 3, max: 500 };
export const COMMENT_SEARCH_LENGTH: LengthRule = { min: 0, max: 200 };
export const REVISION_NAME_LENGTH: LengthRule = { min: 1, max: 120 };
export const VERSION_LABEL_LENGTH: LengthRule = { min: 1, max: 120 };
/** The short form in an official version's public address (« v3 »). */
export const VERSION_SLUG_LENGTH: LengthRule = { min: 1, max: 20 };
export const VERSION_NOTE_LENGTH: LengthRule = { min: 0, max: 5000 };
/** The note given when an official version is approved or refused. */
export const DECISION_NOTE_LENGTH: LengthRule = { min: 0, max: 2000 };

const shownNumber = (value: number) => value.toLocaleString('fr-FR');

/** The French sentences for a length rule; `label` names the text with its article (« Le titre »). */
export const lengthMessages = (label: string, rule: LengthRule) => ({
  tooShort: rule.min <= 1 ? `${label} ne peut pas être vide.` : `${label} doit compter au moins ${shownNumber(rule.min)} caractères.`,
  tooLong: `${label} ne peut pas dépasser ${shownNumber(rule.max)} caractères.`,
});

/** What is wrong with `value` under `rule`, in French, or null when it fits; `value` as it will be sent (trimmed). */
export function lengthProblem(label: string, rule: LengthRule, value: string): string | null {
  if (value.length < rule.min) return lengthMessages(label, rule).tooShort;
  if (value.length > rule.max) return lengthMessages(label, rule).tooLong;
  return null;
}

/** The longest address fragment: the space in `/espaces/<slug>`, the title in `/d/<id>/<slug>`. */
export const SLUG_MAX_LENGTH = 80;
/** Lowercase letters without accents and digits, in words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE_MESSAGE = 'L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.';

/** The short form that ends an official version's public address follows the slug pattern too. */
export const VERSION_SLUG_RULE_MESSAGE =
  'La forme courte ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets (par exemple « v3 »).';

export const isSlug = (value: string): boolean => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

/**
 * A readable, accent-free address fragment: « Forces et faiblesses » → « forces-et-faiblesses »; « document » when
 * nothing readable is left. Always a valid slug.
 */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
  return slug || 'document';
}

/** The codes an error from the server carries; each comes with a French message meant to be shown as is. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);
