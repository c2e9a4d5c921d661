import { COMMENT_LENGTH, ERROR_CODES, PASSWORD_LENGTH, SLUG_MAX_LENGTH, isErrorCode, isSlug, lengthProblem, slugify } from '../index';

describe('the length rules', () => {
  it('says in French what is too short, empty or too long, with the number as the French write it', () => {
    expect(lengthProblem('Le mot de passe', PASSWORD_LENGTH, 'court')).toBe('Le mot de passe doit compter au moins 10 caractères.');
    expect(lengthProblem('Le commentaire', COMMENT_LENGTH, '')).toBe('Le commentaire ne peut pas être vide.');
    expect(lengthProblem('Le commentaire', COMMENT_LENGTH, 'a'.repeat(10_001))).toBe('Le commentaire ne peut pas dépasser 10\u202f000 caractères.');
  });

  it('accepts a text at either bound, spaces counted (a password is not trimmed)', () => {
    expect(lengthProblem('Le mot de passe', PASSWORD_LENGTH, ` ${'a'.repeat(8)} `)).toBeNull();
    expect(lengthProblem('Le mot de passe', PASSWORD_LENGTH, 'a'.repeat(200))).toBeNull();
  });
});

describe('slugs', () => {
  it('turns a French title into a readable address', () => {
    expect(slugify('Forces et faiblesses')).toBe('forces-et-faiblesses');
    expect(slugify('  L’œuvre « Acte 3 » — été 2025 ! ')).toBe('l-oeuvre-acte-3-ete-2025');
    expect(slugify('« ! »')).toBe('document');
  });

  it('always gives a valid slug, never longer than the limit nor ending with a dash', () => {
    for (const title of ['Forces et faiblesses', `${'mot '.repeat(40)}fin`, `${'a'.repeat(79)} b`, 'Éa', '---']) {
      const slug = slugify(title);
      expect([title, isSlug(slug)]).toEqual([title, true]);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    }
  });

  it('refuses capitals, accents, spaces, doubled or outer dashes and overlong addresses', () => {
    for (const slug of ['Socle', 'été', 'socle commun', 'socle--commun', '-socle', 'socle-', '', 'a'.repeat(SLUG_MAX_LENGTH + 1)]) {
      expect([slug, isSlug(slug)]).toEqual([slug, false]);
    }
    expect(isSlug('socle-commun-v3')).toBe(true);
  });
});

describe('error codes', () => {
  it('knows the five codes the server sends, and nothing else', () => {
    expect(ERROR_CODES).toEqual(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
    expect(ERROR_CODES.every(isErrorCode)).toBe(true);
    expect(['INTERNAL_SERVER_ERROR', 'not_found', 404, undefined].some(isErrorCode)).toBe(false);
  });
});
