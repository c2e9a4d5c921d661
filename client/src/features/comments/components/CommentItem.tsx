import { MoreHorizontal } from 'lucide-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { ConfirmDialog, ModalDialog } from '../../../ui/Dialog';
import { RoleName } from '../../../ui/Jargon';
import { MenuButton, MenuItem } from '../../../ui/Menu';
import { StructureBadge } from '../../../ui/StructureBadge';
import { quoted } from '../../../ui/quoted';
import { Time } from '../../../ui/Time';
import { DeleteCommentMutation, EditCommentMutation, UnhideCommentMutation } from '../graphql/threads';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';
import { HideCommentDialog } from './HideCommentDialog';

type Dialog = 'delete' | 'hide' | 'history' | null;

interface Props {
  comment: CommentFieldsFragment;
  documentId: string;
  onWarnings: (warnings: string[]) => void;
}

/** One comment: who wrote it, for which structure, in which role, when; its text; what the person may do with it. */
export function CommentItem({ comment, documentId, onWarnings }: Props) {
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [, edit] = useMutation(EditCommentMutation);
  const [deleted, remove] = useMutation(DeleteCommentMutation);
  const [, unhide] = useMutation(UnhideCommentMutation);

  if (comment.state === 'DELETED') {
    return <p className="comment comment--gone">Commentaire supprimé</p>;
  }

  const name = comment.author?.name ?? 'Compte supprimé';
  const hidden = comment.state === 'HIDDEN';
  const actions = [
    comment.canEdit && { id: 'edit', label: 'Modifier', run: () => setEditing(true) },
    comment.canEdit && { id: 'delete', label: 'Supprimer', run: () => setDialog('delete') },
    comment.canModerate && !hidden && { id: 'hide', label: 'Masquer (modération)', run: () => setDialog('hide') },
    comment.canModerate &&
      hidden && {
        id: 'show',
        label: 'Rétablir',
        run: async () => {
          const result = await unhide({ id: comment.id });
          setError(result.error ? toShownError(result.error).message : null);
        },
      },
    comment.moderationHistory.length > 0 && { id: 'history', label: 'Historique de modération', run: () => setDialog('history') },
  ].filter((action): action is { id: string; label: string; run: () => void } => !!action);

  return (
    <div className={hidden ? 'comment comment--hidden' : 'comment'}>
      <div className="comment-head">
        <span className="comment-author">{name}</span>
        {comment.structure && <StructureBadge structure={comment.structure} />}
        {actions.length > 0 && (
          <MenuButton
            variant="quiet"
            size="small"
            className="comment-menu"
            aria-label={`Actions sur le commentaire de ${name}`}
            menuLabel={`Actions sur le commentaire de ${name}`}
            trigger={<MoreHorizontal aria-hidden="true" size={18} />}
          >
            {actions.map((action) => (
              <MenuItem key={action.id} id={action.id} onAction={action.run}>
                {action.label}
              </MenuItem>
            ))}
          </MenuButton>
        )}
      </div>
      <p className="comment-meta">
        {comment.role && (
          <>
            <RoleName role={comment.role} />
            {' · '}
          </>
        )}
        <Time value={comment.createdAt} />
        {comment.editedAt && ' · modifié'}
      </p>
      {hidden && <p className="comment-moderated">Commentaire masqué par la modération{comment.hiddenReason ? ` : ${comment.hiddenReason}` : '.'}</p>}
      {editing ? (
        <CommentComposer
          documentId={documentId}
          label="Modifier le commentaire"
          submitLabel="Enregistrer"
          draftKey={`cocon-comment-edit:${comment.id}`}
          initialText={comment.body ?? ''}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (written) => {
            const result = await edit({ input: { id: comment.id, ...written } });
            if (result.error) return toShownError(result.error).message;
            onWarnings(result.data?.editComment.mentionWarnings ?? []);
            setEditing(false);
            return null;
          }}
        />
      ) : (
        comment.body !== null && <CommentBody body={comment.body} mentions={comment.mentions} />
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <ConfirmDialog
        title="Supprimer ce commentaire ?"
        isOpen={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        confirmLabel="Supprimer le commentaire"
        danger
        isPending={deleted.fetching}
        error={deleted.error && <Alert tone="error">{toShownError(deleted.error).message}</Alert>}
        onConfirm={async () => {
          const result = await remove({ id: comment.id });
          if (!result.error) setDialog(null);
        }}
      >
        <p>Son texte sera effacé. S’il a des réponses, {quoted('Commentaire supprimé')} restera à sa place.</p>
      </ConfirmDialog>
      <HideCommentDialog commentId={comment.id} author={name} isOpen={dialog === 'hide'} onClose={() => setDialog(null)} />
      <ModalDialog title="Historique de modération" isOpen={dialog === 'history'} onOpenChange={(open) => setDialog(open ? 'history' : null)}>
        <ol className="moderation-history">
          {comment.moderationHistory.map((event, index) => (
            <li key={index}>
              {event.action === 'HIDE' ? 'Masqué' : 'Rétabli'} par {event.moderator?.name ?? 'un compte supprimé'} <Time value={event.createdAt} />
              {event.reason && ` — motif : ${event.reason}`}
            </li>
          ))}
        </ol>
      </ModalDialog>
    </div>
  );
}
