/** What Cocon tells people about invitations, written once for every check that says it. */
export const INVITATION_MESSAGES = {
  notFound: 'Cette invitation n’existe pas.',
  emailTaken: 'Un compte existe déjà avec cette adresse e-mail.',
  alreadyAccepted: 'Cette invitation a déjà été acceptée.',
} as const;
