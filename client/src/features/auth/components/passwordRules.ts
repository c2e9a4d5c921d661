import { lengthProblem, PASSWORD_LENGTH } from '@cocon/shared/rules';

export const PASSWORD_HINT = `Au moins ${PASSWORD_LENGTH.min} caractères. Une phrase facile à retenir fait un bon mot de passe.`;

/** Checks done before sending: the server checks again and has the last word. */
export function checkNewPassword(password: string, confirmation: string, field = 'password'): Record<string, string> {
  if (!password) return { [field]: 'Choisissez un mot de passe.' };
  const problem = lengthProblem('Le mot de passe', PASSWORD_LENGTH, password);
  if (problem) return { [field]: problem };
  if (password !== confirmation) return { confirmation: 'Les deux mots de passe ne sont pas identiques.' };
  return {};
}
