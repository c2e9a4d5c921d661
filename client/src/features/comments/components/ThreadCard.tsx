import { CircleCheck, MessageSquareOff } from 'lucide-react';
import { forwardRef, useId, useState } from 'react';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Time } from '../../../ui/Time';
import { ReopenThreadMutation, ReplyToThreadMutation, ResolveThreadMutation } from '../graphql/threads';
import type { Thread } from '../hooks/useCommentThreads';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';

interface Props {
  thread: Thread;
  active: boolean;
  /** The passage is in the text now (not deleted, not missing from this copy): offer to go to it. */
  located: boolean;
  onShowPassage: () => void;
  onWarnings: (warnings: string[]) => void;
}

/**
 * One discussion, as a region named by its heading: the quoted passage (or « Sur le document entier »), where
 * it is, its comments, and what the person may do: reply, resolve or reopen.
 */
export const ThreadCard = forwardRef<HTMLElement, Props>(function ThreadCard({ thread, active, located, onShowPassage, onWarnings }, ref) {
  const headingId = useId();
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, reply] = useMutation(ReplyToThreadMutation);
  const [resolving, resolve] = useMutation(ResolveThreadMutation);
  const [reopening, reopen] = useMutation(ReopenThreadMutation);
  const resolved = thread.status === 'RESOLVED';

  const toggle = async () => {
    const result = resolved ? await reopen({ id: thread.id }) : await resolve({ id: thread.id });
    setError(result.error ? toShownError(result.error).message : null);
  };

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={['thread', active ? 'thread--active' : '', resolved ? 'thread--resolved' : ''].join(' ')}
      data-thread-id={thread.id}
    >
      <h3 className="thread-title" id={headingId}>
        {thread.excerpt ? (
          <>
            <span className="visually-hidden">Discussion sur le passage </span>
            {located ? (
              <button type="button" className="thread-excerpt-button" onClick={onShowPassage}>
                <q className="thread-excerpt">{thread.excerpt}</q>
              </button>
            ) : (
              <q className="thread-excerpt">{thread.excerpt}</q>
            )}
          </>
        ) : (
          'Sur le document entier'
        )}
      </h3>
      <p className="thread-facts">
        {thread.chapter && <span>Chapitre : {thread.chapter}</span>}
        {thread.textDeleted && (
          <span className="thread-flag thread-flag--deleted">
            <MessageSquareOff aria-hidden="true" size={16} />
            Texte supprimé
          </span>
        )}
        {resolved && (
          <span className="thread-flag thread-flag--resolved">
            <CircleCheck aria-hidden="true" size={16} />
            Résolue{thread.resolvedBy && ` par ${thread.resolvedBy.name}`} {thread.resolvedAt && <Time value={thread.resolvedAt} />}
          </span>
        )}
      </p>
      <ol className="thread-comments">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <CommentItem comment={comment} documentId={thread.documentId} onWarnings={onWarnings} />
          </li>
        ))}
      </ol>
      {replying && (
        <CommentComposer
          documentId={thread.documentId}
          label="Votre réponse"
          submitLabel="Répondre"
          draftKey={`cocon-comment-reply:${thread.id}`}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (comment) => {
            const result = await reply({ input: { threadId: thread.id, ...comment } });
            if (result.error) return toShownError(result.error).message;
            onWarnings(result.data?.replyToThread.mentionWarnings ?? []);
            setReplying(false);
            return null;
          }}
        />
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {!replying && (thread.canReply || thread.canResolve) && (
        <div className="thread-actions">
          {thread.canReply && !resolved && (
            <Button size="small" onPress={() => setReplying(true)}>
              Répondre
            </Button>
          )}
          {thread.canResolve && (
            <Button size="small" variant="quiet" onPress={() => void toggle()} isPending={resolving.fetching || reopening.fetching}>
              {resolved ? 'Rouvrir' : 'Marquer comme résolu'}
            </Button>
          )}
        </div>
      )}
    </section>
  );
});
