import type { MigrationInterface } from 'typeorm';
import { Initial1795435379217 } from './1795435379217-Initial';
import { LiveEditing1795438220153 } from './1795438220153-LiveEditing';

/** Every migration, oldest first. Generate new ones with `npm run migration:generate -w server -- Name`. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795435379217, LiveEditing1795438220153];
