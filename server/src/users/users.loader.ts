import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { User } from './user.entity';

/** Names attached to content (authors, editors): only shown to people who have an account. */
@Injectable()
export class UsersLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(viewer: User | null, id: string | null): Promise<User | null> {
    if (!viewer || !id) return null;
    return this.dataSource.manager.findOne(User, { where: { id }, relations: { structure: true } });
  }

  /** Several people at once, in the order of `ids` (the ones that no longer exist left out). */
  async loadMany(viewer: User | null, ids: string[]): Promise<User[]> {
    if (!viewer || ids.length === 0) return [];
    const found = await this.dataSource.manager.find(User, { where: { id: In(ids) }, relations: { structure: true } });
    const byId = new Map(found.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id)).filter((user): user is User => user !== undefined);
  }
}
