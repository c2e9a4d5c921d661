import { useEffect, useRef, useState } from 'react';
import { FilePen, FolderInput, FilePlus, Trash2, ArchiveRestore } from 'lucide-react';
import { useQuery } from 'urql';
import type { DocumentEventKind, DocumentHistoryQuery, RevisionSummaryFragment } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { Time } from '../../../ui/Time';
import { OlderRevisionsQuery, REVISIONS_PER_PAGE } from '../graphql/history';
import { timelineSlice } from '../lib/timeline';
import { documentEventText } from '../lib/words';
import { Person } from './Contributors';
import { RevisionItem, type RevisionActions } from './RevisionItem';

type DocumentEvent = NonNullable<DocumentHistoryQuery['document']>['events'][number];

const EVENT_ICONS: Record<DocumentEventKind, typeof FilePen> = {
  CREATED: FilePlus,
  RENAMED: FilePen,
  MOVED: FolderInput,
  TRASHED: Trash2,
  RESTORED: ArchiveRestore,
};

interface Shared extends RevisionActions {
  documentId: string;
  currentTitle: string;
  events: DocumentEvent[];
}

interface Props extends Shared {
  /** The newest revisions, one more than a page when there are older ones. */
  revisions: RevisionSummaryFragment[];
}

/** Revisions and document events, newest first; older revisions load a page at a time. */
export function HistoryTimeline(props: Props) {
  if (props.revisions.length === 0 && props.events.length === 0) {
    return <p className="muted">Aucune révision pour l’instant : la première sera prise quelques minutes après la première modification.</p>;
  }
  return (
    <ol className="timeline">
      <TimelineSlice {...props} newerThan={null} focusFirst={false} />
    </ol>
  );
}

interface SliceProps extends Props {
  newerThan: number | null;
  /** After "Afficher les révisions plus anciennes", focus goes to the first one shown. */
  focusFirst: boolean;
}

function TimelineSlice({ revisions: fetched, newerThan, focusFirst, ...shared }: SliceProps) {
  const [showOlder, setShowOlder] = useState(false);
  const firstRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusFirst) firstRef.current?.focus();
  }, [focusFirst]);

  const hasOlder = fetched.length > REVISIONS_PER_PAGE;
  const revisions = fetched.slice(0, REVISIONS_PER_PAGE);
  const oldest = revisions[revisions.length - 1];
  const olderThan = hasOlder && oldest ? Date.parse(oldest.createdAt) : null;
  const items = timelineSlice({ revisions, events: shared.events, newerThan, olderThan });

  return (
    <>
      {items.map((item, index) => (
        <li
          key={item.kind === 'revision' ? item.revision.id : `event-${item.event.id}`}
          ref={index === 0 ? firstRef : undefined}
          tabIndex={index === 0 && focusFirst ? -1 : undefined}
          className={`timeline-item timeline-item--${item.kind}`}
        >
          {item.kind === 'revision' ? (
            <RevisionItem {...shared} revision={item.revision} previousId={fetched[fetched.indexOf(item.revision) + 1]?.id ?? null} />
          ) : (
            <EventItem event={item.event} />
          )}
        </li>
      ))}
      {hasOlder &&
        (showOlder ? (
          <OlderSlice {...shared} before={oldest.number} newerThan={olderThan} />
        ) : (
          <li className="timeline-more">
            <Button onPress={() => setShowOlder(true)}>Afficher les révisions plus anciennes</Button>
          </li>
        ))}
    </>
  );
}

function OlderSlice({ before, newerThan, ...shared }: Shared & { before: number; newerThan: number | null }) {
  const [{ data, fetching, error }] = useQuery({
    query: OlderRevisionsQuery,
    variables: { id: shared.documentId, before, limit: REVISIONS_PER_PAGE + 1 },
  });
  if (fetching && !data) {
    return (
      <li className="timeline-more">
        <Loading label="Chargement des révisions plus anciennes…" />
      </li>
    );
  }
  if (error || !data?.document) {
    return (
      <li className="timeline-more">
        <Alert tone="error">{error ? toShownError(error).message : 'Les révisions plus anciennes n’ont pas pu être chargées.'}</Alert>
      </li>
    );
  }
  return <TimelineSlice {...shared} revisions={data.document.revisions} newerThan={newerThan} focusFirst />;
}

function EventItem({ event }: { event: DocumentEvent }) {
  const Icon = EVENT_ICONS[event.kind];
  return (
    <div className="timeline-event">
      <Icon aria-hidden="true" size={18} className="timeline-event-icon" />
      <p>
        <span className="timeline-event-text">{documentEventText(event.kind, event.before, event.after)}</span>
        <span className="timeline-meta">
          {' '}
          · <Time value={event.at} />
          {event.actor && (
            <>
              {' '}
              par <Person person={event.actor} />
            </>
          )}
        </span>
      </p>
    </div>
  );
}
