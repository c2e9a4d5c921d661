import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { Form, useFormErrors } from '../../../ui/Form';
import { Loading } from '../../../ui/Loading';
import { Select, type SelectOption } from '../../../ui/Select';
import { ComparableRevisionsQuery } from '../graphql/history';
import { comparePath } from '../lib/paths';
import { formatDay } from '../lib/versionNames';
import { statusLabel } from './VersionStatus';

const CURRENT = 'etat-actuel';

interface Comparable {
  id: string;
  number: number;
  createdAt: string;
  name: string | null;
  versions: { label: string; status: Parameters<typeof statusLabel>[0] }[];
}

/** "Révision 2 · Socle commun V2 (validée et figée) · 30 mai 2025". */
function optionLabel(revision: Comparable): string {
  const parts = [`Révision ${revision.number}`];
  for (const version of revision.versions) parts.push(`${version.label} (${statusLabel(version.status).toLowerCase()})`);
  if (revision.name && !revision.versions.some((version) => version.label === revision.name)) parts.push(`« ${revision.name} »`);
  parts.push(formatDay(revision.createdAt));
  return parts.join(' · ');
}

interface Props {
  documentId: string;
  initialFrom?: string | null;
  initialTo?: string | null;
}

/** Two lists to compare any two revisions, or a revision with the document as it stands. */
export function CompareForm({ documentId, initialFrom, initialTo }: Props) {
  const [{ data, fetching }] = useQuery({ query: ComparableRevisionsQuery, variables: { id: documentId } });
  if (fetching && !data) return <Loading label="Chargement des révisions…" />;
  const doc = data?.document;
  if (!doc) return null;

  // Every official version's revision is offered, even one older than the latest 200.
  const byId = new Map<string, Comparable>();
  for (const revision of doc.revisions) byId.set(revision.id, { ...revision, versions: revision.officialVersions });
  for (const version of doc.officialVersions) {
    const known = byId.get(version.revision.id);
    if (!known) byId.set(version.revision.id, { ...version.revision, versions: [version] });
  }
  const revisions = [...byId.values()].sort((a, b) => b.number - a.number);
  if (revisions.length === 0) return <p className="muted">Ce document n’a encore aucune révision à comparer.</p>;
  return <CompareFields documentId={documentId} revisions={revisions} initialFrom={initialFrom} initialTo={initialTo} />;
}

function CompareFields({ documentId, revisions, initialFrom, initialTo }: Props & { revisions: Comparable[] }) {
  const navigate = useNavigate();
  const options: SelectOption[] = revisions.map((revision) => ({ id: revision.id, label: optionLabel(revision) }));
  const known = (id: string | null | undefined) => (id && options.some((option) => option.id === id) ? id : null);
  const [from, setFrom] = useState(known(initialFrom) ?? revisions[Math.min(1, revisions.length - 1)].id);
  const [to, setTo] = useState(known(initialTo) ?? CURRENT);
  const errors = useFormErrors(['from', 'to']);

  const submit = () => {
    if (!errors.check(from === to ? { to: 'Choisissez deux états différents.' } : {})) return;
    navigate(comparePath(documentId, from, to === CURRENT ? null : to));
  };

  return (
    <Form onSubmit={submit} fieldErrors={errors.fieldErrors} formError={errors.formError} className="compare-form" aria-label="Comparer deux états du document">
      <Select label="Comparer le texte de" name="from" options={options} value={from} onChange={setFrom} errorMessage={errors.fieldErrors.from} />
      <Select
        label="avec le texte de"
        name="to"
        options={[{ id: CURRENT, label: 'L’état actuel du document' }, ...options]}
        value={to}
        onChange={setTo}
        errorMessage={errors.fieldErrors.to}
      />
      <div className="compare-form-submit">
        <Button type="submit" variant="primary">
          Comparer
        </Button>
      </div>
    </Form>
  );
}
