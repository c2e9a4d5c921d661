/** What Cocon tells people about images, written once for every check that says it. */
export const UPLOAD_MESSAGES = {
  imageNotFound: 'Cette image n’existe pas ou vous n’y avez pas accès.',
} as const;
