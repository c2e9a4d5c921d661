import { useEffect, useState } from 'react';
import type { CommentContextQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { NO_FILTER, type ThreadFilter } from '../hooks/useCommentThreads';

type Summary = NonNullable<CommentContextQuery['documentCommentSummary']>;

const ALL = 'tout';
const OUTSIDE = 'hors-chapitre';

const STATUSES = [
  { id: 'OPEN', label: 'Discussions ouvertes' },
  { id: 'RESOLVED', label: 'Discussions résolues' },
  { id: 'ALL', label: 'Toutes les discussions' },
];

interface Props {
  summary: Summary | null;
  filter: ThreadFilter;
  onChange: (filter: ThreadFilter) => void;
}

/** Which discussions to show: open or resolved, by structure, by person, by chapter, by words. */
export function CommentFilters({ summary, filter, onChange }: Props) {
  const [search, setSearch] = useState(filter.search);
  // Typing waits for a pause before asking the server.
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => onChange({ ...filter, search }), 350);
    return () => clearTimeout(timer);
  }, [search, filter, onChange]);

  const structures = summary?.structures.flatMap((entry) => (entry.structure ? [entry.structure] : [])) ?? [];
  const people = summary?.participants ?? [];
  const chapters = summary?.chapters ?? [];
  const changed = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  return (
    <div className="comment-filters" role="group" aria-label="Filtrer les discussions">
      <Select
        label="Statut"
        options={STATUSES}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status: status as ThreadFilter['status'] })}
      />
      <Select
        label="Structure"
        options={[{ id: ALL, label: 'Toutes les structures' }, ...structures.map((structure) => ({ id: structure.id, label: structure.name }))]}
        value={filter.structureId ?? ALL}
        onChange={(id) => onChange({ ...filter, structureId: id === ALL ? null : id })}
      />
      <Select
        label="Personne"
        options={[
          { id: ALL, label: 'Toutes les personnes' },
          ...people.map((entry) => ({
            id: entry.person.id,
            label: entry.structure ? `${entry.person.name} (${entry.structure.shortName})` : entry.person.name,
          })),
        ]}
        value={filter.authorId ?? ALL}
        onChange={(id) => onChange({ ...filter, authorId: id === ALL ? null : id })}
      />
      <Select
        label="Chapitre"
        options={[
          { id: ALL, label: 'Tous les chapitres' },
          ...chapters.map((entry) => (entry.chapter === null ? { id: OUTSIDE, label: 'Hors chapitre' } : { id: entry.chapter, label: entry.chapter })),
        ]}
        value={filter.chapter === null ? ALL : filter.chapter === '' ? OUTSIDE : filter.chapter}
        onChange={(id) => onChange({ ...filter, chapter: id === ALL ? null : id === OUTSIDE ? '' : id })}
      />
      <TextField label="Rechercher" type="search" value={search} onChange={setSearch} description="Dans les commentaires et les passages commentés." />
      {changed && (
        <Button
          size="small"
          variant="quiet"
          onPress={() => {
            setSearch('');
            onChange(NO_FILTER);
          }}
        >
          Effacer les filtres
        </Button>
      )}
    </div>
  );
}
