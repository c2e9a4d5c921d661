import { GitCompareArrows, History, Lock } from 'lucide-react';
import { Breadcrumb, Breadcrumbs, Link } from 'react-aria-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoginInvite, NotFoundPage } from '../../../app/AccessPages';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import type { ArchivedVersionQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { LinkButton } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { DocumentContent } from '../../documents/reader/DocumentContent';
import { ArchivedVersionQuery as ArchivedVersionDocument } from '../graphql/archive';
import { comparePath, historyPath } from '../lib/paths';
import { formatCalendarDate, versionInSentence } from '../lib/versionNames';
import { Person } from './Contributors';
import { PrintButton } from './PrintButton';
import '../versions.css';

type Version = NonNullable<ArchivedVersionQuery['archivedVersion']>;

/** /archives/:archiveSlug/:slug — one official version, to read and print: a title page, then its text. */
export function ArchivedVersionPage() {
  const { archiveSlug = '', slug = '' } = useParams();
  const { me, loading: meLoading } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: ArchivedVersionDocument, variables: { archiveSlug, slug } });
  const version = data?.archivedVersion ?? null;
  useSetCurrentSpace(version?.document.space.slug);

  if ((fetching && !data) || meLoading) return <Loading />;
  if (error) return <Alert tone="error">{toShownError(error).message}</Alert>;
  if (!version) {
    return me ? (
      <NotFoundPage
        title="Version introuvable"
        text="Aucune version officielle validée n’est publiée à cette adresse, ou votre compte ne permet pas de la lire."
      />
    ) : (
      <LoginInvite
        title="Version introuvable ou réservée aux membres"
        reason="Aucune version officielle publique n’est publiée à cette adresse. Si elle est réservée aux membres, connectez-vous pour la lire."
      />
    );
  }
  return <ArchivedVersion version={version} />;
}

function ArchivedVersion({ version }: { version: Version }) {
  const doc = version.document;
  const approved = doc.officialVersions.filter((v) => v.status === 'APPROVED').sort((a, b) => a.revision.number - b.revision.number);
  const at = approved.findIndex((v) => v.id === version.id);
  const previous = at > 0 ? approved[at - 1] : null;
  const next = at >= 0 && at < approved.length - 1 ? approved[at + 1] : null;
  const address = `${window.location.origin}${window.location.pathname}`;

  return (
    <article className="page archive-version">
      <nav aria-label="Fil d’Ariane" className="breadcrumbs-nav">
        <Breadcrumbs className="breadcrumbs">
          <Breadcrumb className="breadcrumb">
            <Link href="/archives">Archives</Link>
          </Breadcrumb>
          <Breadcrumb className="breadcrumb">
            <Link>{version.label}</Link>
          </Breadcrumb>
        </Breadcrumbs>
      </nav>
      <header className="archive-title-page">
        <p className="archive-kicker">{doc.title} · version officielle</p>
        <PageHeading>{version.label}</PageHeading>
        <p className="archive-frozen">
          <Lock aria-hidden="true" size={18} />
          Validée et figée : ce texte ne change plus.
        </p>
        <dl className="archive-facts">
          <div>
            <dt>En vigueur</dt>
            <dd>le {formatCalendarDate(version.effectiveDate)}</dd>
          </div>
          {version.decidedAt && (
            <div>
              <dt>Validation</dt>
              <dd>
                Validée par le GT ESC le {formatDateTime(version.decidedAt)}
                {version.decidedBy && (
                  <>
                    {' '}
                    (<Person person={version.decidedBy} />)
                  </>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>Proposition</dt>
            <dd>
              le {formatDateTime(version.proposedAt)}
              {version.proposedBy && (
                <>
                  {' '}
                  par <Person person={version.proposedBy} />
                </>
              )}
            </dd>
          </div>
        </dl>
        {version.note && <p className="archive-note">{version.note}</p>}
        <p className="archive-print-only">
          Adresse permanente : {address}
          <br />
          Imprimé le {formatDateTime(new Date())}
        </p>
      </header>
      <div className="archive-actions" role="group" aria-label="Actions sur la version">
        <PrintButton />
        {previous && (
          <LinkButton size="small" href={comparePath(doc.id, previous.revision.id, version.revision.id)}>
            <GitCompareArrows aria-hidden="true" size={16} />
            Comparer avec {versionInSentence(previous)}
          </LinkButton>
        )}
        {next && (
          <LinkButton size="small" href={comparePath(doc.id, version.revision.id, next.revision.id)}>
            <GitCompareArrows aria-hidden="true" size={16} />
            Comparer avec {versionInSentence(next)}
          </LinkButton>
        )}
        <LinkButton size="small" variant="quiet" href={historyPath(doc.id)}>
          <History aria-hidden="true" size={16} />
          Historique du document
        </LinkButton>
      </div>
      {(previous || next) && (
        <p className="archive-others muted">
          Autres versions :{' '}
          {approved
            .filter((v) => v.id !== version.id && v.archivePath)
            .map((v, index) => (
              <span key={v.id}>
                {index > 0 && ', '}
                <Link href={v.archivePath ?? undefined} className="text-link">
                  {v.label}
                </Link>
              </span>
            ))}
        </p>
      )}
      <section aria-label={`Texte de ${version.label}`} className="archive-text">
        <DocumentContent content={version.revision.content} />
      </section>
    </article>
  );
}
