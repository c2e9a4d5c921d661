import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import type { MentionCandidate } from './mention-candidate.model';

export const MAX_PEOPLE = 8;
export const MAX_STRUCTURES = 5;

/** Lower case without accents, so that "helene" finds "Hélène". */
const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

const startsAWord = (name: string, search: string) => name.startsWith(search) || name.split(/[\s'’-]+/).some((word) => word.startsWith(search));

/**
 * How well a candidate matches, best first: 0 its own name is the search ("@CAF"), 1 a word of its own name starts
 * with it, 2 a word of its structure's name does (the people of the CAF after the CAF), 3 it is inside its name.
 */
function rank(own: string[], related: string[], search: string): number | null {
  if (!search) return 1;
  const names = own.map(fold);
  if (names.includes(search)) return 0;
  if (names.some((name) => startsAWord(name, search))) return 1;
  if (related.map(fold).some((name) => startsAWord(name, search))) return 2;
  return names.some((name) => name.includes(search)) ? 3 : null;
}

interface Ranked {
  candidate: MentionCandidate;
  rank: number;
}

function best(entries: Array<{ candidate: MentionCandidate; rank: number | null }>, limit: number): Ranked[] {
  return entries
    .filter((entry): entry is Ranked => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.candidate.label.localeCompare(b.candidate.label, 'fr'))
    .slice(0, limit);
}

/**
 * Who may be mentioned in a document: the active people who can read it (mentioning someone who cannot open the
 * document would only notify them of a page they are refused), and every structure, which speaks for its people.
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
    const folded = fold(search).replace(/^@/, '');
    // A partnership counts its accounts in hundreds: reading them all and ranking here keeps the match
    // accent-blind on both databases, and the reading rule is the policy's own, not a copy in SQL.
    const [people, structures] = await Promise.all([
      manager.find(User, { where: { disabledAt: IsNull(), passwordHash: Not(IsNull()) }, relations: { structure: true } }),
      manager.find(Structure),
    ]);
    const readers = people.filter((person) => this.policy.canReadSpace(person, document.space));
    const ranked = [
      ...best(
        readers.map((person) => ({
          candidate: { id: person.id, kind: 'PERSON' as const, label: person.name, structure: person.structure },
          rank: rank([person.name], [person.structure.shortName, person.structure.name], folded),
        })),
        MAX_PEOPLE,
      ),
      ...best(
        structures.map((structure) => ({
          candidate: { id: structure.id, kind: 'STRUCTURE' as const, label: structure.shortName, structure },
          rank: rank([structure.shortName, structure.name], [], folded),
        })),
        MAX_STRUCTURES,
      ),
    ];
    // People before structures at equal rank: one mentions people more often.
    return ranked.sort((a, b) => a.rank - b.rank || Number(a.candidate.kind === 'STRUCTURE') - Number(b.candidate.kind === 'STRUCTURE')).map((entry) => entry.candidate);
  }
}
