import type { MigrationInterface } from 'typeorm';
import { DocumentImages1796161007353 } from './1796161007353-DocumentImages';
import { Initial1795435379217 } from './1795435379217-Initial';
import { LiveEditing1795438220153 } from './1795438220153-LiveEditing';
import { Comments1796161636067 } from './1796161636067-Comments';
import { History1796163000000 } from './1796163000000-History';
import { CommentSummaries1796165425906 } from './1796165425906-CommentSummaries';
import { CommentsByStructure1796166255479 } from './1796166255479-CommentsByStructure';
import { CommentRecentThreads1796168033249 } from './1796168033249-CommentRecentThreads';
import { QuarantinedUpdates1796419040299 } from './1796419040299-QuarantinedUpdates';
import { TreeLevels1796420000000 } from './1796420000000-TreeLevels';
import { LoginProtection1796430386266 } from './1796430386266-LoginProtection';
import { DocumentMentions1796693719473 } from './1796693719473-DocumentMentions';

/** Every migration, oldest first. Generate new ones with `npm run migration:generate -w server -- Name`. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795435379217,
  LiveEditing1795438220153,
  DocumentImages1796161007353,
  Comments1796161636067,
  History1796163000000,
  CommentSummaries1796165425906,
  CommentsByStructure1796166255479,
  CommentRecentThreads1796168033249,
  QuarantinedUpdates1796419040299,
  TreeLevels1796420000000,
  LoginProtection1796430386266,
  DocumentMentions1796693719473,
];
