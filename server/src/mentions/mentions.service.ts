import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { escapeLike, foldSql, foldText } from '../common/text-fold';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import type { MentionCandidate } from './mention-candidate.model';

export const MAX_PEOPLE = 8;
export const MAX_STRUCTURES = 5;

/** Lower case without accents, and the characters that part words ("Le Gall", "d’action", "Jean-Marc") as spaces. */
const wordsSql = (expression: string) => `(' ' || regexp_replace(${foldSql(expression)}, '[[:space:]''’-]+', ' ', 'g'))`;
const normalised = (search: string) =>
  foldText(search)
    .trim()
    .replace(/^@/, '')
    .replace(/[\s'’-]+/g, ' ');

/**
 * How well a name matches, best first: 0 it is the search ("@CAF"), 1 one of its words starts with it, 2 a word of
 * a related name does (the people of the CAF after the CAF), 3 it is inside the name; null: no match.
 * $1 is the search as a whole name, $2 the pattern of a word that starts with it, $3 that of a name that holds it.
 */
function rankSql(own: string[], related: string[]): string {
  const any = (names: string[], test: string) => names.map((name) => `${wordsSql(name)} ${test}`).join(' OR ');
  return `CASE
    WHEN ${any(own, '= $1')} THEN 0
    WHEN ${any(own, 'LIKE $2')} THEN 1
    ${related.length ? `WHEN ${any(related, 'LIKE $2')} THEN 2` : ''}
    WHEN ${any(own, 'LIKE $3')} THEN 3
  END`;
}

interface Match {
  id: string;
  rank: number;
}

/**
 * Who may be mentioned in a document: the active people who can read it (mentioning someone who cannot open the
 * document would only notify them of a page they are refused), and every structure, which speaks for its people.
 * Searched in the database as a person types after « @ », a few at a time: never every account.
 */
@Injectable()
export class MentionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async candidates(documentId: string, search: string): Promise<MentionCandidate[]> {
    const manager = this.dataSource.manager;
    const document = await manager.findOneOrFail(Document, { where: { id: documentId }, relations: { space: true } });
    const folded = normalised(search);
    const patterns = [` ${folded}`, `% ${escapeLike(folded)}%`, `%${escapeLike(folded)}%`];
    // The reading rule is the policy's own (readersOf), here as a condition on accounts.
    const readers = this.policy.readersOf(document.space);

    const [people, structures]: Match[][] = await Promise.all([
      manager.query(
        `SELECT id, rank FROM (
           SELECT person.id, person.name, ${rankSql(['person.name'], ['structure."shortName"', 'structure.name'])} AS rank
           FROM account person JOIN structure ON structure.id = person."structureId"
           WHERE person."disabledAt" IS NULL AND person."passwordHash" IS NOT NULL
             AND ($4::boolean OR person.role = ANY($5::varchar[]) OR person."structureId" = ANY($6::uuid[]))
         ) matches WHERE rank IS NOT NULL ORDER BY rank, ${foldSql('name')}, name LIMIT ${MAX_PEOPLE}`,
        [...patterns, readers.everyAccount, readers.everyAccount ? [] : readers.roles, readers.everyAccount ? [] : readers.structureIds],
      ),
      manager.query(
        `SELECT id, rank FROM (
           SELECT id, "shortName", ${rankSql(['"shortName"', 'name'], [])} AS rank FROM structure
         ) matches WHERE rank IS NOT NULL ORDER BY rank, ${foldSql('"shortName"')}, "shortName" LIMIT ${MAX_STRUCTURES}`,
        patterns,
      ),
    ]);
    const [accounts, found] = await Promise.all([
      people.length ? manager.find(User, { where: { id: In(people.map((match) => match.id)) }, relations: { structure: true } }) : [],
      structures.length ? manager.findBy(Structure, { id: In(structures.map((match) => match.id)) }) : [],
    ]);
    const accountOf = new Map(accounts.map((person) => [person.id, person]));
    const structureOf = new Map(found.map((structure) => [structure.id, structure]));
    const ranked = [
      ...people.map(({ id, rank }) => {
        const person = accountOf.get(id)!;
        return { rank, candidate: { id, kind: 'PERSON' as const, label: person.name, structure: person.structure } };
      }),
      ...structures.map(({ id, rank }) => {
        const structure = structureOf.get(id)!;
        return { rank, candidate: { id, kind: 'STRUCTURE' as const, label: structure.shortName, structure } };
      }),
    ];
    // People before structures at equal rank: one mentions people more often. The sort keeps each list's own order.
    return ranked
      .sort((a, b) => a.rank - b.rank || Number(a.candidate.kind === 'STRUCTURE') - Number(b.candidate.kind === 'STRUCTURE'))
      .map((entry) => entry.candidate);
  }
}
