import { demoThreads } from './comments';
import { people } from './people';
import { spaces } from './spaces';
import { sites, structures } from './structures';
import type { DemoContent } from './types';

export type { DemoThread } from './comments';
export type { DemoContent, DemoDocument, DemoPerson, DemoSite, DemoSpace, DemoStructure } from './types';

/** Everything the demo seed inserts: fictional people and data, written from the programme's own documents. */
export const demoContent: DemoContent = { sites, structures, people, spaces, threads: demoThreads };
