import { In } from 'typeorm';
import { alignTo, defineLoader, type Loaders } from '../common/loaders';
import { User } from './user.entity';

/** Accounts by id, with their structure. */
export const USER = defineLoader<string, User | null>(async (ids, manager) =>
  alignTo(ids, await manager.find(User, { where: { id: In([...ids]) }, relations: { structure: true } }), (user) => user.id),
);

/** Names attached to content (authors, editors): only shown to people who have an account. */
export function personOf(loaders: Loaders, id: string | null): Promise<User | null> {
  return loaders.viewer && id ? loaders.load(USER, id) : Promise.resolve(null);
}

/** Several people at once, in the order of `ids`, the ones that no longer exist left out. */
export async function peopleOf(loaders: Loaders, ids: string[]): Promise<User[]> {
  if (!loaders.viewer) return [];
  return (await loaders.loadMany(USER, ids)).filter((user): user is User => user !== null);
}
