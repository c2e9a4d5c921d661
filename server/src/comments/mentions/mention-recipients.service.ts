import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { badInput } from '../../common/errors';
import { PolicyService } from '../../policies/policy.service';
import { Structure } from '../../structures/structure.entity';
import { User } from '../../users/user.entity';
import type { StoredMention } from '../comment.entity';
import { COMMENT_MESSAGES } from '../comments.messages';
import type { CommentTextInput } from '../dto/comment.input';
import { canReadCommentsOf } from '../comment.policy';
import type { ReadableDocument } from '../comment-views.service';
import { findMentions, type FoundMention, type Mentionable } from './find-mentions';

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
 * Of the people who share the name written at one place, those the author picked from the « @ » list; all of them
 * when none was picked (the name was typed in full), which the author is then told.
 */
function keepChosen(found: FoundMention[], chosen: Set<string>, warn: (key: string, message: string) => void): FoundMention[] {
  const byPlace = new Map<number, FoundMention[]>();
  for (const mention of found) if (mention.kind === 'PERSON') byPlace.set(mention.offset, [...(byPlace.get(mention.offset) ?? []), mention]);
  const dropped = new Set<FoundMention>();
  for (const namesakes of byPlace.values()) {
    if (namesakes.length < 2) continue;
    const picked = namesakes.filter((mention) => chosen.has(mention.id));
    if (picked.length > 0) namesakes.filter((mention) => !picked.includes(mention)).forEach((mention) => dropped.add(mention));
    else {
      const name = namesakes[0].label;
      warn(
        `namesakes:${name}`,
        `Plusieurs personnes s’appellent ${name} : toutes celles qui peuvent lire ce document sont prévenues. Pour n’en prévenir qu’une, choisissez-la dans la liste qui s’ouvre après « @ ».`,
      );
    }
  }
  return found.filter((mention) => !dropped.has(mention));
}

/**
 * Reads the mentions of a comment and decides who is told: a named person if they can read the document, every
 * member of a named structure who can. Nobody learns of a document they cannot open; the author is told instead.
 */
@Injectable()
export class MentionRecipientsService {
  constructor(private readonly policy: PolicyService) {}

  /** `alreadyNamed`: the people an edited comment named, who stay its choice among namesakes. */
  async resolve(
    manager: EntityManager,
    { body, chosenPeople }: CommentTextInput,
    document: ReadableDocument,
    alreadyNamed: string[] = [],
  ): Promise<MentionOutcome> {
    const outcome: MentionOutcome = { mentions: [], people: [], structureMembers: [], warnings: [] };
    const picked = chosenPeople ?? [];
    if (!body.includes('@') && picked.length === 0) return outcome;
    const [people, structures] = await Promise.all([
      manager.find(User, { where: { disabledAt: IsNull(), passwordHash: Not(IsNull()) } }),
      manager.find(Structure),
    ]);
    const peopleById = new Map(people.map((person) => [person.id, person]));
    if (picked.some((id) => !peopleById.has(id))) {
      throw badInput(COMMENT_MESSAGES.chosenPersonInactive, 'chosenPeople');
    }
    const known: Mentionable[] = [
      ...people.map((person): Mentionable => ({ kind: 'PERSON', id: person.id, label: person.name })),
      ...structures.flatMap((structure): Mentionable[] => [
        { kind: 'STRUCTURE', id: structure.id, label: structure.shortName },
        { kind: 'STRUCTURE', id: structure.id, label: structure.name },
      ]),
    ];
    const warned = new Set<string>();
    const warn = (key: string, message: string) => {
      if (!warned.has(key)) outcome.warnings.push(message);
      warned.add(key);
    };
    const seen = new Set<string>();
    const written = findMentions(body, known).filter((mention) => {
      const key = `${mention.kind}:${mention.id}:${mention.offset}`;
      return !seen.has(key) && seen.add(key);
    });
    const found = keepChosen(written, new Set([...picked, ...alreadyNamed]), warn);
    outcome.mentions = found.map(({ kind, id, offset, length }) => ({ kind, id, offset, length }));

    const canRead = (person: User) => canReadCommentsOf(this.policy, person, document);
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
