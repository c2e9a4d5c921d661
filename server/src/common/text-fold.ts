const ACCENTED = 'àáâäãåçéèêëíìîïñóòôöõúùûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

/**
 * Accents folded the same way on PostgreSQL and PGlite (no extension needed): « realite » finds « réalité ». Capitals
 * are listed too: under the C locale, lower() leaves « É » as it is.
 */
export const foldSql = (expression: string) => `translate(lower(${expression}), '${ACCENTED}${ACCENTED.toUpperCase()}', '${PLAIN}${PLAIN}')`;

/** The same folding in JavaScript, for what a person typed. */
export const foldText = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Text searched as written inside a LIKE pattern: the wildcards a person types (« 50 % ») are plain characters. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);
