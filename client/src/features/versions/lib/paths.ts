/** The addresses of the history pages, in one place. */
export const historyPath = (documentId: string) => `/historique/${documentId}`;
export const provenancePath = (documentId: string) => `/origine/${documentId}`;
export const revisionPath = (revisionId: string) => `/revision/${revisionId}`;

/** Compares `fromId` with `toId`, or with the document as it stands when `toId` is absent. */
export function comparePath(documentId: string, fromId: string, toId?: string | null): string {
  const query = new URLSearchParams({ de: fromId });
  if (toId) query.set('a', toId);
  return `/comparer/${documentId}?${query.toString()}`;
}
