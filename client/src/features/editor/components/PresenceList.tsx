import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useId, useState } from 'react';
import { StructureBadge } from '../../../ui/StructureBadge';
import type { PresenceUser } from '../lib/editorExtensions';

interface Person {
  key: string;
  name: string;
  structure: PresenceUser['structure'];
  isMe: boolean;
}

type Awareness = NonNullable<HocuspocusProvider['awareness']>;

/** After (re)connecting, the people already there arrive at once: they have not "just joined". */
const SETTLE_MS = 2000;

/** One entry per person, even with the document open in several tabs; me first, then by name. */
function readPeople(awareness: Awareness): Person[] {
  const people = new Map<string, Person>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = state.user as PresenceUser | undefined;
    if (!user?.name) continue;
    const key = user.id ?? `visiteur-${clientId}`;
    const isMe = clientId === awareness.clientID || people.get(key)?.isMe === true;
    people.set(key, { key, name: user.name, structure: user.structure ?? null, isMe });
  }
  return [...people.values()].sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name, 'fr'));
}

const spoken = (person: Person) => (person.structure ? `${person.name} (${person.structure.shortName})` : person.name);

function describeChanges(before: Person[], after: Person[]): string {
  const had = new Set(before.map((person) => person.key));
  const has = new Set(after.map((person) => person.key));
  return [
    ...after.filter((person) => !had.has(person.key)).map((person) => `${spoken(person)} a rejoint le document`),
    ...before.filter((person) => !has.has(person.key)).map((person) => `${spoken(person)} a quitté le document`),
  ].join('. ');
}

const sameList = (a: Person[], b: Person[]) => a.length === b.length && a.every((person, i) => person.key === b[i].key && person.isMe === b[i].isMe);

/** Who has the document open now, with their structure; arrivals and departures are announced politely. */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const titleId = useId();
  const awareness = provider.awareness;
  const [people, setPeople] = useState<Person[]>(() => (awareness ? readPeople(awareness) : []));
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!awareness) return;
    let previous = readPeople(awareness);
    let quietUntil = Date.now() + SETTLE_MS;
    const onSynced = () => (quietUntil = Date.now() + SETTLE_MS);
    const onChange = () => {
      const next = readPeople(awareness);
      // A lost connection empties the list for a moment: that is not everyone leaving.
      if (provider.isSynced && Date.now() >= quietUntil) {
        const message = describeChanges(previous, next);
        if (message) setAnnouncement(message);
      }
      previous = next;
      setPeople((current) => (sameList(current, next) ? current : next));
    };
    awareness.on('change', onChange);
    provider.on('synced', onSynced);
    return () => {
      awareness.off('change', onChange);
      provider.off('synced', onSynced);
    };
  }, [awareness, provider]);

  return (
    <section className="presence" aria-labelledby={titleId}>
      <h2 id={titleId} className="presence-title">
        Dans le document ({people.length})
      </h2>
      <ul className="presence-list">
        {people.map((person) => (
          <li key={person.key} className="presence-person">
            {person.name}
            {person.isMe && ' (vous)'}
            {person.structure && <StructureBadge structure={person.structure} />}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
