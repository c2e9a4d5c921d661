import type { DemoThread } from './comments';
import type { JSONContent, Role, SpaceVisibility, StructureKind } from '@cocon/shared';

/** One of the nine Espaces Sociaux Communs of Rennes. */
export interface DemoSite {
  key: string;
  name: string;
  neighbourhood: string;
}

/** A partner organisation; `color` is dark enough for white text (contrast ≥ 4.5:1). */
export interface DemoStructure {
  key: string;
  name: string;
  shortName: string;
  kind: StructureKind;
  color: string;
  siteKeys: string[];
}

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  structureKey: string;
}

/** A state of a document from before Cocon, kept as a revision; perhaps proposed or approved as an official version. */
export interface DemoRevision {
  content: JSONContent;
  /** E-mails of the people who wrote it (their structures are credited with them). */
  writtenBy: string[];
  writtenAt: string;
  official?: {
    label: string;
    slug: string;
    effectiveDate: string;
    note: string;
    proposedBy: string;
    proposedAt: string;
    /** Absent: still a proposal, waiting for the GT ESC. */
    approvedBy?: string;
    approvedAt?: string;
  };
}

export interface DemoDocument {
  title: string;
  content: JSONContent;
  /** Its history, oldest first; the last entry's content is the document's. Without it, one revision of `content`. */
  history?: DemoRevision[];
  children?: DemoDocument[];
}

export interface DemoSpace {
  slug: string;
  name: string;
  description: string;
  visibility: SpaceVisibility;
  allowedRoles?: Role[];
  documents: DemoDocument[];
}

export interface DemoContent {
  sites: DemoSite[];
  structures: DemoStructure[];
  people: DemoPerson[];
  spaces: DemoSpace[];
  threads: DemoThread[];
}
