import { In } from 'typeorm';
import { alignTo, defineLoader, groupTo } from '../common/loaders';
import { User } from '../users/user.entity';
import { EscSite } from './esc-site.entity';
import { Structure } from './structure.entity';

/** Structures by id. */
export const STRUCTURE = defineLoader<string, Structure | null>(async (ids, manager) =>
  alignTo(ids, await manager.findBy(Structure, { id: In([...ids]) }), (structure) => structure.id),
);

/** The ESC sites of each structure, by name (French order, as the structure pages list them). */
export const SITES_OF_STRUCTURE = defineLoader<string, EscSite[]>(async (ids, manager) => {
  const links: { structureId: string; escSiteId: string }[] = await manager.query(
    'SELECT "structureId", "escSiteId" FROM structure_site WHERE "structureId" = ANY($1::uuid[])',
    [ids],
  );
  const sites = links.length ? await manager.findBy(EscSite, { id: In([...new Set(links.map((link) => link.escSiteId))]) }) : [];
  const byId = new Map(sites.map((site) => [site.id, site]));
  const grouped = groupTo(ids, links, (link) => link.structureId);
  return grouped.map((group) => group.map((link) => byId.get(link.escSiteId)!).sort((a, b) => a.name.localeCompare(b.name, 'fr')));
});

/** How many accounts belong to each structure. */
export const MEMBER_COUNT = defineLoader<string, number>(async (ids, manager) => {
  const rows: { structureId: string; count: number }[] = await manager
    .createQueryBuilder(User, 'account')
    .select('account.structureId', 'structureId')
    .addSelect('count(*)::int', 'count')
    .where('account.structureId IN (:...ids)', { ids })
    .groupBy('account.structureId')
    .getRawMany();
  const counts = new Map(rows.map((row) => [row.structureId, row.count]));
  return ids.map((id) => counts.get(id) ?? 0);
});
