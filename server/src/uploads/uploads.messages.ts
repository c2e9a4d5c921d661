/** What Cocon tells people about images, written once for every check that says it. */
export const UPLOAD_MESSAGES = {
  imageNotFound: 'Cette image n’existe pas ou vous n’y avez pas accès.',
  emptyFile: 'Le fichier est vide.',
  notAnImage: 'Ce fichier n’est pas une image acceptée : choisissez une image PNG, JPEG, GIF ou WebP (le SVG n’est pas accepté).',
  tooLarge: (limit: string) => `Cette image est trop lourde : ${limit} au plus.`,
} as const;
