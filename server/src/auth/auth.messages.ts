import { waitWording } from './login-throttle';

/** What Cocon tells people about logging in and the links it sends, written once for every check that says it. */
export const AUTH_MESSAGES = {
  wrongCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  tooManyTries: (waitSeconds: number) =>
    `Trop d’essais de connexion. Par sécurité, attendez ${waitWording(waitSeconds)} avant de réessayer, ` +
    'ou recevez un lien pour choisir un nouveau mot de passe avec «\u202fMot de passe oublié ?\u202f».',
  wrongCurrentPassword: 'Le mot de passe actuel est incorrect.',
  linkInvalid: 'Ce lien n’est pas valide. Demandez-en un nouveau.',
  linkUsed: 'Ce lien a déjà été utilisé.',
  linkExpired: 'Ce lien a expiré. Demandez-en un nouveau.',
  accountDisabled: 'Ce compte est désactivé.',
} as const;
