/** The server's rule (auth/password.ts), repeated here only to say it before the person types. */
const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_HINT = `Au moins ${PASSWORD_MIN_LENGTH} caractères. Une phrase facile à retenir fait un bon mot de passe.`;

/** Checks done before sending: the server checks again and has the last word. */
export function checkNewPassword(password: string, confirmation: string, field = 'password'): Record<string, string> {
  if (!password) return { [field]: 'Choisissez un mot de passe.' };
  if (password.length < PASSWORD_MIN_LENGTH) return { [field]: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.` };
  if (password !== confirmation) return { confirmation: 'Les deux mots de passe ne sont pas identiques.' };
  return {};
}
