/** What a document action dialog needs to know about the document it acts on. */
export interface ActedDocument {
  id: string;
  title: string;
}

export type DocumentAction = { kind: 'create'; parent: ActedDocument | null } | { kind: 'rename' | 'move' | 'trash'; doc: ActedDocument };
