import { useState, type KeyboardEvent } from 'react';
import { History } from 'lucide-react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import { Alert } from '../../../ui/Alert';
import { LinkButton } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { Select } from '../../../ui/Select';
import { useMe } from '../../auth/hooks/useMe';
import { DocumentProvenanceQuery } from '../graphql/revisions';
import { historyPath } from '../lib/paths';
import { versionInSentence } from '../lib/versionNames';
import { count } from '../lib/words';
import { DocumentBreadcrumbs } from '../../documents/components/DocumentBreadcrumbs';
import { UnreadablePage } from './PageStates';
import { ProvenanceNote, type Paragraph } from './ProvenanceNote';
import '../versions.css';

const EVERYTHING = 'tout';

/** A paragraph's text as the list shows it: tables cell by cell, images by their description. */
function shownText(paragraph: Paragraph): string {
  switch (paragraph.type) {
    case 'table':
      return paragraph.text.replace(/\t/g, ' | ');
    case 'image':
      return paragraph.text ? `Image : ${paragraph.text}` : 'Image sans description';
    case 'horizontalRule':
      return 'Ligne de séparation';
    default:
      return paragraph.text || '(paragraphe vide)';
  }
}

/** Arrow keys, Home and End move from paragraph to paragraph, as Tab does one at a time. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  const current = (event.target as HTMLElement).closest<HTMLElement>('.provenance-item');
  if (!keys.includes(event.key) || !current || current !== event.target) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('.provenance-item')];
  const index = items.indexOf(current);
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key as 'Home'];
  if (items[next]) {
    event.preventDefault();
    items[next].focus();
  }
}

/** /origine/:documentId — the document as it stands, each paragraph with where it comes from. */
export function ProvenancePage() {
  const { documentId = '' } = useParams();
  const { me, loading: meLoading } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: DocumentProvenanceQuery, variables: { documentId }, requestPolicy: 'cache-and-network' });
  const doc = data?.document?.id === documentId ? data.document : null;
  useSetCurrentSpace(doc?.space.slug);
  const [since, setSince] = useState(EVERYTHING);

  if ((fetching && !doc) || meLoading) return <Loading label="Recherche de l’origine de chaque paragraphe…" />;
  if (!doc || !data) return <UnreadablePage error={error} signedIn={!!me} title="Document introuvable" />;

  const approved = doc.officialVersions.filter((version) => version.status === 'APPROVED');
  const reference = approved.find((version) => version.id === since) ?? null;
  const all = data.documentProvenance;
  // Changed since a version: its current wording is not in that version's text.
  const shown = reference ? all.filter((p) => p.pending || !p.changedIn || p.changedIn.number > reference.revision.number) : all;

  return (
    <div className="page provenance-page">
      <DocumentBreadcrumbs space={doc.space} ancestors={doc.ancestors} current={doc} trail={[{ label: 'D’où vient ce texte ?' }]} />
      <PageHeading title={`D’où vient ce texte ? ${doc.title}`}>
        <span className="page-title-kicker">D’où vient ce texte ?</span> {doc.title}
      </PageHeading>
      <p className="lead">
        Le document tel qu’il est, paragraphe par paragraphe : dans quelle version et quelle révision chacun est apparu, qui l’a écrit, et depuis quand il se
        lit ainsi.
      </p>
      <div className="history-links">
        <LinkButton size="small" variant="quiet" href={historyPath(doc.id)}>
          <History aria-hidden="true" size={16} />
          Historique du document
        </LinkButton>
      </div>
      {approved.length > 0 && (
        <Select
          className="provenance-filter"
          label="Afficher"
          name="since"
          value={since}
          onChange={setSince}
          options={[
            { id: EVERYTHING, label: 'Tout le texte' },
            ...[...approved].reverse().map((version) => ({ id: version.id, label: `Seulement ce qui a changé depuis ${versionInSentence(version)}` })),
          ]}
        />
      )}
      <p className="provenance-count" role="status">
        {reference
          ? `${count(shown.length, 'paragraphe a changé', 'paragraphes ont changé')} depuis ${versionInSentence(reference)}, sur ${all.length}.`
          : `${count(all.length, 'paragraphe')}.`}
      </p>
      <p className="muted" id="provenance-help">
        Au clavier : Tab ou les flèches haut et bas passent d’un paragraphe à l’autre ; l’origine de chacun est lue avec lui.
      </p>
      {shown.length === 0 ? (
        <Alert tone="info" live={false}>
          <p>Rien n’a changé depuis cette version.</p>
        </Alert>
      ) : (
        <ol className="provenance-list" aria-describedby="provenance-help" onKeyDown={moveFocus}>
          {shown.map((paragraph) => (
            <li
              key={paragraph.index}
              tabIndex={0}
              className={`provenance-item provenance-item--${paragraph.type}${paragraph.pending ? ' provenance-item--pending' : ''}`}
              aria-labelledby={`paragraphe-${paragraph.index}`}
              aria-describedby={`origine-${paragraph.index}`}
            >
              <p
                id={`paragraphe-${paragraph.index}`}
                className={`provenance-text provenance-text--${paragraph.type}`}
                style={
                  paragraph.type === 'listItem' || paragraph.type === 'taskItem' ? { paddingInlineStart: `${1.25 + paragraph.level * 1.25}rem` } : undefined
                }
              >
                {paragraph.type === 'heading' && <span className="visually-hidden">Titre : </span>}
                {shownText(paragraph)}
              </p>
              <ProvenanceNote paragraph={paragraph} id={`origine-${paragraph.index}`} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
