import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { PolicyService } from '../../policies/policy.service';
import { Structure } from '../../structures/structure.entity';
import { User } from '../../users/user.entity';
import type { StoredMention } from '../comment.entity';
import { canReadCommentsOf } from '../comment.policy';
import type { ReadableDocument } from '../comment-views.service';
import { findMentions, type Mentionable } from './find-mentions';

/** Who a comment's mentions reach. */
export interface MentionOutcome {
  mentions: StoredMention[];
  /** People named themselves, who can read the document. */
  people: string[];
  /** People whose structure was named, who can read the document, with that structure. */
  structureMembers: { userId: string; structureId: string }[];
  /** Mentions that told nobody, and why: shown to the author. */
  warnings: string[];
}

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

/**
 * Reads the mentions of a comment and decides who is told: a named person if they can read the document, every
 * member of a named structure who can. Nobody learns of a document they cannot open; the author is told instead.
 */
@Injectable()
export class MentionRecipientsService {
  constructor(private readonly policy: PolicyService) {}

  async resolve(manager: EntityManager, body: string, document: ReadableDocument): Promise<MentionOutcome> {
    const outcome: MentionOutcome = { mentions: [], people: [], structureMembers: [], warnings: [] };
    if (!body.includes('@')) return outcome;
    const [people, structures] = await Promise.all([
      manager.find(User, { where: { disabledAt: IsNull(), passwordHash: Not(IsNull()) } }),
      manager.find(Structure),
    ]);
    const known: Mentionable[] = [
      ...people.map((person): Mentionable => ({ kind: 'PERSON', id: person.id, label: person.name })),
      ...structures.flatMap((structure): Mentionable[] => [
        { kind: 'STRUCTURE', id: structure.id, label: structure.shortName },
        { kind: 'STRUCTURE', id: structure.id, label: structure.name },
      ]),
    ];
    const seen = new Set<string>();
    const found = findMentions(body, known).filter((mention) => {
      const key = `${mention.kind}:${mention.id}:${mention.offset}`;
      return !seen.has(key) && seen.add(key);
    });
    outcome.mentions = found.map(({ kind, id, offset, length }) => ({ kind, id, offset, length }));

    const canRead = (person: User) => canReadCommentsOf(this.policy, person, document);
    const peopleById = new Map(people.map((person) => [person.id, person]));
    const warned = new Set<string>();
    const warn = (key: string, message: string) => {
      if (!warned.has(key)) outcome.warnings.push(message);
      warned.add(key);
    };
    for (const mention of found) {
      if (mention.kind === 'PERSON') {
        const person = peopleById.get(mention.id)!;
        if (canRead(person)) outcome.people.push(person.id);
        else warn(person.id, `${person.name} ne peut pas lire ce document : cette personne n’a pas été prévenue.`);
        continue;
      }
      const structure = structures.find((candidate) => candidate.id === mention.id)!;
      const members = people.filter((person) => person.structureId === structure.id);
      const readers = members.filter(canRead);
      outcome.structureMembers.push(...readers.map((person) => ({ userId: person.id, structureId: structure.id })));
      const left = members.length - readers.length;
      if (readers.length === 0) {
        warn(structure.id, `Personne de la structure ${structure.shortName} ne peut lire ce document : personne n’a été prévenu.`);
      } else if (left > 0) {
        warn(
          structure.id,
          `${left} ${plural(left, 'personne', 'personnes')} de la structure ${structure.shortName} ${plural(left, 'ne peut', 'ne peuvent')} pas lire ce document et ${plural(left, 'n’a', 'n’ont')} pas été ${plural(left, 'prévenue', 'prévenues')}.`,
        );
      }
    }
    outcome.people = [...new Set(outcome.people)];
    return outcome;
  }
}
