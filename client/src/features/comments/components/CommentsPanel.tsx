import { Filter, Link2 } from 'lucide-react';
import { useId, useState, type RefObject } from 'react';
import type { CommentContextQuery } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { quoted } from '../../../ui/quoted';
import { useMediaQuery } from '../../editor/hooks/useMediaQuery';
import type { NewAnchor } from '../lib/commentSurfaces';
import type { Thread, ThreadFilter } from '../hooks/useCommentThreads';
import { CommentComposer, type WrittenComment } from './CommentComposer';
import { CommentFilters } from './CommentFilters';
import { ThreadCard } from './ThreadCard';

type Context = CommentContextQuery;

export interface PanelState {
  documentId: string;
  context: Context | null;
  threads: Thread[];
  loading: boolean;
  error: Parameters<typeof toShownError>[0] | undefined;
  filter: ThreadFilter;
  setFilter: (filter: ThreadFilter) => void;
  /** The passage chosen in the text, waiting for its first comment. */
  pending: NewAnchor | null;
  setPending: (anchor: NewAnchor | null) => void;
  /** The discussion being read (its passage is highlighted in the text). */
  activeId: string | null;
  located: Set<string>;
  showPassage: (thread: Thread) => void;
  createThread: (comment: WrittenComment, anchor: NewAnchor | null) => Promise<string | null>;
  warnings: string[];
  setWarnings: (warnings: string[]) => void;
  threadRefs: RefObject<Map<string, HTMLElement>>;
}

/**
 * The discussions beside a document: writing a new one, filtering, reading and answering them. The same panel
 * is a column on a large screen and a sheet on a phone.
 */
export function CommentsPanel({ state, headingId, onClose, closeLabel }: { state: PanelState; headingId: string; onClose?: () => void; closeLabel?: string }) {
  const [writing, setWriting] = useState(false);
  const [filtering, setFiltering] = useState(false);
  const filtersId = useId();
  // On a touch screen there is no Ctrl+Alt+M: the help says how to select with a finger.
  const touch = useMediaQuery('(pointer: coarse)');
  const { context, threads, filter, pending } = state;
  const document = context?.document;
  const canComment = document?.canComment ?? false;
  const restricted = !canComment && (document?.space.commentRoles.length ?? 0) > 0;
  const open = context?.documentCommentSummary.openCount ?? 0;
  const resolved = context?.documentCommentSummary.resolvedCount ?? 0;

  return (
    <div className="comments-panel">
      <div className="comments-header">
        <h2 id={headingId} className="comments-title">
          Discussions
        </h2>
        {onClose && (
          <Button size="small" variant="quiet" onPress={onClose}>
            {closeLabel ?? 'Fermer'}
          </Button>
        )}
      </div>
      <p className="comments-counts">
        {open} ouverte{open > 1 ? 's' : ''} · {resolved} résolue{resolved > 1 ? 's' : ''}
      </p>
      <div className="comments-tools">
        {document && (
          <LinkButton size="small" variant="quiet" href={`/d/${document.id}/${document.slug}/commentaires`}>
            <Link2 aria-hidden="true" size={16} />
            Synthèse par structure
          </LinkButton>
        )}
        <Button size="small" variant="quiet" aria-expanded={filtering} aria-controls={filtersId} onPress={() => setFiltering(!filtering)}>
          <Filter aria-hidden="true" size={16} />
          Filtrer
        </Button>
      </div>
      <div id={filtersId} hidden={!filtering}>
        {filtering && <CommentFilters summary={context?.documentCommentSummary ?? null} filter={filter} onChange={state.setFilter} />}
      </div>

      {state.warnings.length > 0 && (
        <Alert tone="warning" title="Certaines mentions n’ont prévenu personne">
          <ul>
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <Button size="small" onPress={() => state.setWarnings([])}>
            J’ai compris
          </Button>
        </Alert>
      )}

      {canComment && pending && (
        <div className="comments-new">
          <p className="comments-new-passage">
            Passage : <q>{pending.excerpt.length > 160 ? `${pending.excerpt.slice(0, 159)}…` : pending.excerpt}</q>
          </p>
          <CommentComposer
            documentId={state.documentId}
            label="Votre commentaire sur ce passage"
            submitLabel="Commenter"
            draftKey={`cocon-comment-new:${state.documentId}:passage`}
            autoFocus
            onCancel={() => state.setPending(null)}
            onSubmit={(comment) => state.createThread(comment, pending)}
          />
        </div>
      )}
      {canComment &&
        !pending &&
        (writing ? (
          <CommentComposer
            documentId={state.documentId}
            label="Votre commentaire sur le document entier"
            submitLabel="Commenter"
            draftKey={`cocon-comment-new:${state.documentId}:document`}
            autoFocus
            onCancel={() => setWriting(false)}
            onSubmit={async (comment) => {
              const failure = await state.createThread(comment, null);
              if (!failure) setWriting(false);
              return failure;
            }}
          />
        ) : (
          <div className="comments-new">
            <Button size="small" onPress={() => setWriting(true)}>
              Commenter le document entier
            </Button>
            <p className="muted comments-hint">
              Pour commenter un passage, sélectionnez-le dans le texte
              {touch ? (
                <> (appui long sur un mot, puis faites glisser les poignées) et touchez {quoted('Commenter')}.</>
              ) : (
                <> puis choisissez {quoted('Commenter')} (ou Ctrl+Alt+M).</>
              )}
            </p>
          </div>
        ))}
      {restricted && <p className="muted comments-hint">Dans cet espace, seuls certains rôles peuvent commenter.</p>}

      {state.error && <Alert tone="error">{toShownError(state.error).message}</Alert>}
      {state.loading ? (
        <Loading label="Chargement des discussions…" />
      ) : threads.length === 0 ? (
        <EmptyState title={filter.status === 'OPEN' && !filter.search ? 'Aucune discussion ouverte' : 'Aucune discussion ne correspond'}>
          {canComment && 'Les remarques sur ce document s’afficheront ici, avec la structure de chaque personne.'}
        </EmptyState>
      ) : (
        <ol className="thread-list">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadCard
                ref={(element) => {
                  if (element) state.threadRefs.current?.set(thread.id, element);
                  else state.threadRefs.current?.delete(thread.id);
                }}
                thread={thread}
                active={thread.id === state.activeId}
                located={state.located.has(thread.id)}
                onShowPassage={() => state.showPassage(thread)}
                onWarnings={state.setWarnings}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
