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

export interface DemoDocument {
  title: string;
  content: JSONContent;
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
}
