import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { badInput, conflict } from '../common/errors';
import { User } from '../users/user.entity';
import type { CreateStructureInput, UpdateStructureInput } from './dto/structure.input';
import { EscSite } from './esc-site.entity';
import { Structure } from './structure.entity';
import { STRUCTURE_MESSAGES } from './structures.messages';

@Injectable()
export class StructuresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<Structure[]> {
    return this.dataSource.manager.find(Structure, { order: { name: 'ASC' } });
  }

  /** Several structures at once, by name. */
  listSites(): Promise<EscSite[]> {
    return this.dataSource.manager.find(EscSite, { order: { name: 'ASC' } });
  }

  create(input: CreateStructureInput): Promise<Structure> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name);
      const sites = await this.findSites(manager, input.siteIds ?? []);
      const { siteIds: _ids, ...fields } = input;
      return manager.save(manager.create(Structure, { ...fields, sites }));
    });
  }

  update(input: UpdateStructureInput): Promise<Structure> {
    return this.dataSource.transaction(async (manager) => {
      const structure = await manager.findOneOrFail(Structure, { where: { id: input.id }, relations: { sites: true } });
      if (input.name && input.name !== structure.name) await this.assertNameFree(manager, input.name);
      const { id: _id, siteIds, ...fields } = input;
      // GraphQL lets a client send null for an optional field: it means "unchanged", as when it is left out.
      Object.assign(structure, Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null)));
      if (siteIds) structure.sites = await this.findSites(manager, siteIds);
      return manager.save(structure);
    });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const members = await manager.countBy(User, { structureId: id });
      if (members > 0) {
        throw conflict(STRUCTURE_MESSAGES.stillHasMembers(members));
      }
      await manager.delete(Structure, { id });
    });
  }

  private async assertNameFree(manager: EntityManager, name: string) {
    if (await manager.existsBy(Structure, { name })) throw conflict(STRUCTURE_MESSAGES.nameTaken, 'name');
  }

  private async findSites(manager: EntityManager, ids: string[]): Promise<EscSite[]> {
    const unique = [...new Set(ids)];
    const sites = unique.length ? await manager.findBy(EscSite, { id: In(unique) }) : [];
    if (sites.length !== unique.length) throw badInput(STRUCTURE_MESSAGES.oneSiteUnknown, 'siteIds');
    return sites;
  }
}
