/** Words between French quotation marks, held to them by narrow no-break spaces: « Commenter » never breaks apart. */
export const quoted = (text: string) => `«\u202f${text}\u202f»`;
