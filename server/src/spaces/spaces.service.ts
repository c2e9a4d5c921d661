import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@cocon/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { badInput, conflict } from '../common/errors';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE_MESSAGES } from '../structures/structures.messages';
import type { User } from '../users/user.entity';
import type { CreateSpaceInput, UpdateSpaceInput } from './dto/space.input';
import { Space } from './space.entity';
import { SPACE_MESSAGES } from './spaces.messages';

@Injectable()
export class SpacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async listReadable(user: User | null): Promise<Space[]> {
    const spaces = await this.dataSource.manager.find(Space, { order: { position: 'ASC', name: 'ASC' } });
    return spaces.filter((space) => this.policy.canReadSpace(user, space));
  }

  /** By current or former slug, so that old addresses keep working; null when unknown or not readable. */
  async findReadableBySlug(user: User | null, slug: string): Promise<Space | null> {
    // Every tree request starts here: a plain query, as the query builder costs three times the query itself.
    const [row] = await this.dataSource.query('SELECT * FROM space WHERE slug = $1 OR $1 = ANY("previousSlugs") ORDER BY slug = $1 DESC LIMIT 1', [slug]);
    const space = row ? this.dataSource.manager.create(Space, row as Space) : null;
    return space && this.policy.canReadSpace(user, space) ? space : null;
  }

  create(input: CreateSpaceInput): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const slug = input.slug ?? slugify(input.name);
      await this.assertSlugFree(manager, slug);
      await this.assertStructuresExist(manager, input.allowedStructureIds ?? []);
      const last = await manager.maximum(Space, 'position');
      return manager.save(
        manager.create(Space, {
          name: input.name,
          slug,
          description: input.description ?? '',
          visibility: input.visibility,
          allowedRoles: input.allowedRoles ?? [],
          allowedStructureIds: input.allowedStructureIds ?? [],
          commentRoles: input.commentRoles ?? [],
          position: (last ?? -1) + 1,
        }),
      );
    });
  }

  update(input: UpdateSpaceInput): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const space = await manager.findOneByOrFail(Space, { id: input.id });
      if (input.slug && input.slug !== space.slug) {
        await this.assertSlugFree(manager, input.slug, space.id);
        space.previousSlugs = [...space.previousSlugs.filter((slug) => slug !== input.slug), space.slug];
        space.slug = input.slug;
      }
      if (input.allowedStructureIds) await this.assertStructuresExist(manager, input.allowedStructureIds);
      // GraphQL lets a client send null for an optional field: it means "unchanged", as when it is left out.
      for (const key of ['name', 'description', 'visibility', 'allowedRoles', 'allowedStructureIds', 'commentRoles'] as const) {
        if (input[key] != null) Object.assign(space, { [key]: input[key] });
      }
      return manager.save(space);
    });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const documents = await manager.countBy(Document, { spaceId: id });
      if (documents > 0) {
        throw conflict(SPACE_MESSAGES.notEmpty);
      }
      await manager.delete(Space, { id });
    });
  }

  private async assertSlugFree(manager: EntityManager, slug: string, exceptId?: string) {
    const taken = await manager
      .createQueryBuilder(Space, 'space')
      .where('(space.slug = :slug OR :slug = ANY(space.previousSlugs))', { slug })
      .andWhere(exceptId ? 'space.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (taken) throw conflict(SPACE_MESSAGES.slugTaken, 'slug');
  }

  private async assertStructuresExist(manager: EntityManager, ids: string[]) {
    const unique = [...new Set(ids)];
    if (unique.length && (await manager.countBy(Structure, { id: In(unique) })) !== unique.length) {
      throw badInput(STRUCTURE_MESSAGES.oneUnknown, 'allowedStructureIds');
    }
  }
}
