import { useState } from 'react';
import { GitCompareArrows, Pencil, RotateCcw } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import { formatDateTime } from '../../../lib/dates';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { DocumentContent } from '../../documents/reader/DocumentContent';
import { documentPath } from '../../spaces/lib/tree';
import { PreviousRevisionQuery, RevisionQuery } from '../graphql/revisions';
import { comparePath, historyPath } from '../lib/paths';
import { causeText } from '../lib/words';
import { Contributors, Person } from './Contributors';
import { DocumentBreadcrumbs } from '../../documents/components/DocumentBreadcrumbs';
import { NameRevisionDialog } from './NameRevisionDialog';
import { UnreadablePage } from './PageStates';
import { RestoreRevisionDialog } from './RestoreRevisionDialog';
import { changesSummary } from './RevisionItem';
import { VersionBadge } from './VersionStatus';
import '../versions.css';

/** /revision/:revisionId — one revision, read-only, with what it is and what one can do with it. */
export function RevisionPage() {
  const { revisionId = '' } = useParams();
  const { me, loading: meLoading, can } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: RevisionQuery, variables: { id: revisionId } });
  const revision = data?.revision?.id === revisionId ? data.revision : null;
  const doc = revision?.document ?? null;
  const [previous] = useQuery({
    query: PreviousRevisionQuery,
    variables: { documentId: doc?.id ?? '', before: revision?.number ?? 0 },
    pause: !revision || revision.number <= 1,
  });
  useSetCurrentSpace(doc?.space.slug);
  const [dialog, setDialog] = useState<'restore' | 'name' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if ((fetching && !revision) || meLoading) return <Loading />;
  if (!revision || !doc) return <UnreadablePage error={error} signedIn={!!me} title="Révision introuvable" />;

  const previousId = previous.data?.document?.revisions[0]?.id ?? null;
  const mayWrite = doc.canEdit && !doc.deletedAt;
  const askedBy = ['NAMED', 'RESTORE', 'OFFICIAL'].includes(revision.cause) ? revision.createdBy : null;
  return (
    <article className="page revision-page">
      <DocumentBreadcrumbs
        space={doc.space}
        ancestors={doc.ancestors}
        current={doc}
        trail={[{ label: 'Historique', href: historyPath(doc.id) }, { label: `Révision ${revision.number}` }]}
      />
      <PageHeading title={`Révision ${revision.number} : ${doc.title}`}>
        <span className="page-title-kicker">
          Révision {revision.number}
          <span className="visually-hidden"> :</span>
        </span>{' '}
        {revision.title}
      </PageHeading>
      {revision.officialVersions.length > 0 && (
        <p className="revision-versions">
          {revision.officialVersions.map((version) => (
            <VersionBadge key={version.id} version={version} />
          ))}
        </p>
      )}
      <Alert tone="info" live={false}>
        <p>
          Vous lisez le texte tel qu’il était le {formatDateTime(revision.createdAt)}. Il a peut-être changé depuis :{' '}
          <Link href={documentPath(doc)} className="text-link">
            ouvrir le document tel qu’il est
          </Link>
          .
        </p>
      </Alert>
      <dl className="facts revision-facts">
        {revision.name && (
          <div>
            <dt>Nom</dt>
            <dd>« {revision.name} »</dd>
          </div>
        )}
        <div>
          <dt>Pourquoi</dt>
          <dd>
            {causeText(revision.cause, revision.restoredFromNumber)}
            {askedBy && (
              <>
                {' '}
                par <Person person={askedBy} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Contributions</dt>
          <dd>
            <Contributors people={revision.contributors} structures={revision.contributorStructures} empty="aucune personne enregistrée" />
          </dd>
        </div>
        <div>
          <dt>Changements</dt>
          <dd>{changesSummary(revision.changes)}</dd>
        </div>
        <div>
          <dt>Longueur</dt>
          <dd>{revision.wordCount.toLocaleString('fr-FR')} mots</dd>
        </div>
        {revision.frozenAt && (
          <div>
            <dt>Figée</dt>
            <dd>depuis le {formatDateTime(revision.frozenAt)} : ce texte ne changera plus jamais.</dd>
          </div>
        )}
      </dl>
      <div className="toolbar" role="group" aria-label="Actions sur la révision">
        <LinkButton size="small" href={comparePath(doc.id, revision.id)}>
          <GitCompareArrows aria-hidden="true" size={16} />
          Comparer avec l’état actuel
        </LinkButton>
        {previousId && (
          <LinkButton size="small" href={comparePath(doc.id, previousId, revision.id)}>
            <GitCompareArrows aria-hidden="true" size={16} />
            Comparer avec la précédente
          </LinkButton>
        )}
        {mayWrite && can('revision.name') && !revision.frozenAt && (
          <Button size="small" onPress={() => setDialog('name')}>
            <Pencil aria-hidden="true" size={16} />
            Nommer
          </Button>
        )}
        {mayWrite && can('revision.restore') && (
          <Button size="small" onPress={() => setDialog('restore')}>
            <RotateCcw aria-hidden="true" size={16} />
            Restaurer
          </Button>
        )}
      </div>
      {notice && (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      )}
      <section aria-label={`Texte de la révision ${revision.number}`} className="revision-content">
        <DocumentContent content={revision.content} />
      </section>
      {dialog === 'restore' && <RestoreRevisionDialog revision={revision} doc={doc} onClose={() => setDialog(null)} />}
      {dialog === 'name' && (
        <NameRevisionDialog
          target={{ kind: 'revision', id: revision.id, number: revision.number, name: revision.name }}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </article>
  );
}
