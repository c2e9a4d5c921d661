import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from './user.entity';

/** Names attached to content (authors, editors): only shown to people who have an account. */
@Injectable()
export class UsersLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(viewer: User | null, id: string | null): Promise<User | null> {
    if (!viewer || !id) return null;
    return this.dataSource.manager.findOne(User, { where: { id }, relations: { structure: true } });
  }
}
