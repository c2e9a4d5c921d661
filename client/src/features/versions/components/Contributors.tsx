import type { HistoryPersonFragment, HistoryStructureFragment } from '../../../gql/graphql';
import { StructureBadge } from '../../../ui/StructureBadge';

interface Props {
  /** Empty for the public, who see only the structures. */
  people: HistoryPersonFragment[];
  structures: HistoryStructureFragment[];
  /** Shown when nobody is recorded. */
  empty?: string;
}

/**
 * Who contributed: each person with their structure for people with an account, the structures alone for the
 * public (names stay among members).
 */
export function Contributors({ people, structures, empty = 'personne d’identifié' }: Props) {
  if (people.length > 0) {
    return (
      <ul className="contributors">
        {people.map((person) => (
          <li key={person.id}>
            {person.name} <StructureBadge structure={person.structure} />
          </li>
        ))}
      </ul>
    );
  }
  if (structures.length > 0) {
    return (
      <ul className="contributors">
        {structures.map((structure) => (
          <li key={structure.id}>
            <StructureBadge structure={structure} />
          </li>
        ))}
      </ul>
    );
  }
  return <span className="muted">{empty}</span>;
}

/** One person and their structure, or nothing for the public. */
export function Person({ person }: { person: HistoryPersonFragment | null }) {
  if (!person) return null;
  return (
    <>
      {person.name} <StructureBadge structure={person.structure} />
    </>
  );
}
