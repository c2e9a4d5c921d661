import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import type { CompareRevisionsQuery as CompareRevisionsResult } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { isUnchanged, type DocumentDiff } from '@cocon/shared/diff/document-diff';
import { useMe } from '../../auth/hooks/useMe';
import { HistoryDocumentQuery } from '../graphql/history';
import { CompareRevisionsQuery } from '../graphql/revisions';
import { useAddressParam } from '../hooks/useAddressParam';
import { statsText } from '../lib/diffLayout';
import { historyPath } from '../lib/paths';
import { wordChanges } from '../lib/words';
import { CompareForm } from './CompareForm';
import { ComparisonHeader, sideLabel } from './ComparisonHeader';
import type { DiffMode } from './DiffEntryView';
import { DiffModeSwitch } from './DiffModeSwitch';
import { ChapterSummary, DiffView } from './DiffView';
import { Expandable } from './Expandable';
import { DocumentBreadcrumbs } from '../../documents/components/DocumentBreadcrumbs';
import { UnreadablePage } from './PageStates';
import { PrintButton } from './PrintButton';
import '../versions.css';

const MODES = { texte: 'inline', 'cote-a-cote': 'columns' } as const satisfies Record<string, DiffMode>;
type ModeWord = keyof typeof MODES;
const MODE_WORDS = Object.keys(MODES) as ModeWord[];
const wordOf = (mode: DiffMode) => MODE_WORDS.find((word) => MODES[word] === mode) ?? 'texte';

/** /comparer/:documentId?de=…&a=… — two states of a document, side by side or in the text. */
export function ComparePage() {
  const { documentId = '' } = useParams();
  const [params] = useSearchParams();
  const fromId = params.get('de');
  const toId = params.get('a');
  const { me, loading: meLoading } = useMe();
  const [modeWord, setModeWord] = useAddressParam<ModeWord>('vue', MODE_WORDS, 'texte');
  const [head] = useQuery({ query: HistoryDocumentQuery, variables: { id: documentId } });
  const [compared] = useQuery({ query: CompareRevisionsQuery, variables: { fromId: fromId ?? '', toId }, pause: !fromId });
  const doc = head.data?.document?.id === documentId ? head.data.document : null;
  useSetCurrentSpace(doc?.space.slug);

  if ((head.fetching && !doc) || meLoading) return <Loading />;
  if (!doc) return <UnreadablePage error={head.error} signedIn={!!me} title="Document introuvable" />;

  const comparison = compared.data?.compareRevisions;
  const wrongDocument = comparison && comparison.from.document.id !== documentId;
  return (
    <div className="page page--wide compare-page">
      <DocumentBreadcrumbs
        space={doc.space}
        ancestors={doc.ancestors}
        current={doc}
        trail={[{ label: 'Historique', href: historyPath(doc.id) }, { label: 'Comparaison' }]}
      />
      <PageHeading title={`Comparaison : ${doc.title}`}>
        <span className="page-title-kicker">
          Comparaison<span className="visually-hidden"> :</span>
        </span>{' '}
        {doc.title}
      </PageHeading>
      {!fromId ? (
        <>
          <p className="lead">Choisissez les deux états du document à comparer.</p>
          <CompareForm documentId={doc.id} />
        </>
      ) : compared.fetching && !comparison ? (
        <Loading label="Comparaison en cours…" />
      ) : compared.error || !comparison || wrongDocument ? (
        <>
          <Alert tone="error" title="Comparaison impossible">
            <p>
              {compared.error
                ? toShownError(compared.error).message
                : wrongDocument
                  ? 'Ces révisions appartiennent à un autre document.'
                  : 'Le serveur n’a pas répondu.'}
            </p>
          </Alert>
          <h2>Choisir deux états à comparer</h2>
          <CompareForm documentId={doc.id} />
        </>
      ) : (
        <Comparison
          documentId={doc.id}
          from={comparison.from}
          to={comparison.to}
          diff={comparison.diff as DocumentDiff}
          mode={MODES[modeWord]}
          onMode={(mode) => setModeWord(wordOf(mode))}
        />
      )}
    </div>
  );
}

type Compared = CompareRevisionsResult['compareRevisions'];

interface ComparisonProps {
  documentId: string;
  from: Compared['from'];
  to: Compared['to'];
  diff: DocumentDiff;
  mode: DiffMode;
  onMode: (mode: DiffMode) => void;
}

function Comparison({ documentId, from, to, diff, mode, onMode }: ComparisonProps) {
  const words = wordChanges(diff.stats.wordsAdded, diff.stats.wordsRemoved);
  const same = isUnchanged(diff);
  return (
    <>
      <ComparisonHeader from={from} to={to} />
      {same ? (
        <Alert tone="info" live={false}>
          <p>Les deux textes sont identiques.</p>
        </Alert>
      ) : (
        <p className="compare-totals">
          <strong>En tout :</strong> {statsText(diff.stats)}
          {words && <> · {words}</>}
        </p>
      )}
      <div className="compare-tools">
        <DiffModeSwitch mode={mode} onChange={onMode} />
        <PrintButton />
      </div>
      <Expandable label="Comparer d’autres états" showWords={false} className="compare-other">
        <CompareForm documentId={documentId} initialFrom={from.id} initialTo={to?.id ?? null} />
      </Expandable>
      <nav aria-labelledby="resume-chapitres" className="compare-summary">
        <h2 id="resume-chapitres">Résumé par chapitre</h2>
        <ChapterSummary diff={diff} />
      </nav>
      <DiffView diff={diff} mode={mode} beforeLabel={sideLabel(from)} afterLabel={sideLabel(to)} />
    </>
  );
}
