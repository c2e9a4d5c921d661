import { useState } from 'react';
import { FileText, Quote, Send, Tag } from 'lucide-react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import type { OfficialVersionSummaryFragment, RevisionSummaryFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { documentPath } from '../../spaces/lib/tree';
import { DocumentHistoryQuery, REVISIONS_PER_PAGE } from '../graphql/history';
import { provenancePath } from '../lib/paths';
import { CompareForm } from './CompareForm';
import { DecideVersionDialog } from './DecideVersionDialog';
import { DocumentBreadcrumbs } from '../../documents/components/DocumentBreadcrumbs';
import { HistoryTimeline } from './HistoryTimeline';
import { NameRevisionDialog, type NamingTarget } from './NameRevisionDialog';
import { OfficialVersionsList } from './OfficialVersionsList';
import { UnreadablePage } from './PageStates';
import { ProposeVersionDialog } from './ProposeVersionDialog';
import { RestoreRevisionDialog } from './RestoreRevisionDialog';
import '../versions.css';

type HistoryDialog =
  | { kind: 'name'; target: NamingTarget }
  | { kind: 'restore'; revision: RevisionSummaryFragment }
  | { kind: 'propose' }
  | { kind: 'decide'; decision: 'approve' | 'withdraw'; version: OfficialVersionSummaryFragment };

/** /historique/:documentId — the official versions, a comparison form and the timeline of a document. */
export function HistoryPage() {
  const { documentId = '' } = useParams();
  const { me, loading: meLoading, can } = useMe();
  const [{ data, fetching, error }] = useQuery({
    query: DocumentHistoryQuery,
    variables: { id: documentId, limit: REVISIONS_PER_PAGE + 1 },
    requestPolicy: 'cache-and-network',
  });
  const doc = data?.document?.id === documentId ? data.document : null;
  useSetCurrentSpace(doc?.space.slug);
  const [dialog, setDialog] = useState<HistoryDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if ((fetching && !doc) || meLoading) return <Loading />;
  if (!doc) return <UnreadablePage error={error} signedIn={!!me} title="Document introuvable" />;

  const inTrash = !!doc.deletedAt;
  const mayWrite = doc.canEdit && !inTrash;
  const canName = mayWrite && can('revision.name');
  const canRestore = mayWrite && can('revision.restore');
  const canPropose = can('version.propose') && !inTrash;
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  const approvedPath = doc.officialVersions.find((version) => version.archivePath)?.archivePath ?? null;

  return (
    <div className="page history-page">
      <DocumentBreadcrumbs space={doc.space} ancestors={doc.ancestors} current={doc} trail={[{ label: 'Historique' }]} />
      <PageHeading title={`Historique : ${doc.title}`}>
        <span className="page-title-kicker">
          Historique<span className="visually-hidden"> :</span>
        </span>{' '}
        {doc.title}
      </PageHeading>
      <p className="lead">Chaque révision garde le texte tel qu’il était : on peut le relire, le comparer à un autre, ou y revenir.</p>
      <div className="history-links">
        <LinkButton size="small" variant="quiet" href={documentPath(doc)}>
          <FileText aria-hidden="true" size={16} />
          Revenir au document
        </LinkButton>
        <LinkButton size="small" variant="quiet" href={provenancePath(doc.id)}>
          <Quote aria-hidden="true" size={16} />
          D’où vient ce texte ?
        </LinkButton>
      </div>
      {inTrash && (
        <Alert tone="warning" live={false}>
          <p>Ce document est dans la corbeille : on peut lire son historique, mais pas le modifier. Restaurez-le d’abord.</p>
        </Alert>
      )}
      {(canName || canPropose) && (
        <div className="toolbar" role="group" aria-label="Garder l’état actuel">
          {canName && (
            <Button size="small" onPress={() => setDialog({ kind: 'name', target: { kind: 'current', documentId: doc.id } })}>
              <Tag aria-hidden="true" size={16} />
              Nommer l’état actuel
            </Button>
          )}
          {canPropose && (
            <Button size="small" onPress={() => setDialog({ kind: 'propose' })}>
              <Send aria-hidden="true" size={16} />
              Proposer une version officielle
            </Button>
          )}
        </div>
      )}
      {notice && (
        <Alert tone="success" className="history-notice">
          <p>{notice}</p>
        </Alert>
      )}

      <section aria-labelledby="versions-officielles" className="section">
        <h2 id="versions-officielles">Versions officielles</h2>
        {doc.officialVersions.length === 0 ? (
          <EmptyState title="Aucune version officielle pour l’instant.">
            <p>
              Une version officielle est un état du document validé par le GT ESC : il est figé pour toujours et publié dans les archives.
              {canPropose && ' Le bouton « Proposer une version officielle » soumet l’état actuel à sa validation.'}
            </p>
          </EmptyState>
        ) : (
          <OfficialVersionsList
            documentId={doc.id}
            versions={doc.officialVersions}
            canApprove={can('version.approve')}
            canWithdraw={can('version.propose')}
            onDecide={(decision, version) => setDialog({ kind: 'decide', decision, version })}
          />
        )}
      </section>

      <section aria-labelledby="comparer" className="section">
        <h2 id="comparer">Comparer deux états</h2>
        <CompareForm documentId={doc.id} />
      </section>

      <section aria-labelledby="chronologie" className="section">
        <h2 id="chronologie">Chronologie</h2>
        <p className="muted">Les révisions du texte et les changements de titre, de place ou de corbeille, du plus récent au plus ancien.</p>
        <HistoryTimeline
          documentId={doc.id}
          currentTitle={doc.title}
          revisions={doc.revisions}
          events={doc.events}
          canName={canName}
          canRestore={canRestore}
          onName={(revision) => setDialog({ kind: 'name', target: { kind: 'revision', id: revision.id, number: revision.number, name: revision.name } })}
          onRestore={(revision) => setDialog({ kind: 'restore', revision })}
        />
      </section>

      {dialog?.kind === 'name' && <NameRevisionDialog target={dialog.target} onClose={close} onDone={done} />}
      {dialog?.kind === 'restore' && <RestoreRevisionDialog revision={dialog.revision} doc={doc} onClose={close} />}
      {dialog?.kind === 'propose' && (
        <ProposeVersionDialog
          doc={doc}
          versions={doc.officialVersions}
          revisions={doc.revisions
            .filter((revision) => !revision.frozenAt)
            .map((revision) => ({ id: revision.id, label: `Révision ${revision.number}${revision.name ? ` : « ${revision.name} »` : ''}` }))}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog?.kind === 'decide' && (
        <DecideVersionDialog
          decision={dialog.decision}
          version={dialog.version}
          archiveHint={approvedPath ? approvedPath.replace(/[^/]+$/, dialog.version.slug) : null}
          onClose={close}
          onDone={done}
        />
      )}
    </div>
  );
}
