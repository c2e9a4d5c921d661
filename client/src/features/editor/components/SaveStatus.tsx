import { WebSocketStatus } from '@hocuspocus/provider';
import { CircleCheck, CloudOff, LoaderCircle, RefreshCw } from 'lucide-react';
import type { CollabStatus } from '../lib/collabSession';

type Shown = { tone: 'done' | 'busy' | 'offline'; Icon: typeof CircleCheck; text: string };

/** What may truthfully be said now: "saved" only once the server has confirmed every local change. */
function describeStatus(status: CollabStatus, canEdit: boolean): Shown {
  if (status.refusal !== null) return { tone: 'offline', Icon: CloudOff, text: 'Non connecté — le document n’est plus mis à jour' };
  if (!status.online || status.connection === WebSocketStatus.Disconnected) {
    // What waits is said, not counted: the count is of Yjs updates, about one per key, no person's idea of a change.
    const waiting = status.unsyncedChanges > 0 ? ' et seront envoyées au retour du réseau' : '';
    const text = canEdit ? `Hors ligne — vos modifications sont gardées sur cet appareil${waiting}` : 'Hors ligne — le document n’est plus mis à jour';
    return { tone: 'offline', Icon: CloudOff, text };
  }
  if (!status.synced) {
    return { tone: 'busy', Icon: RefreshCw, text: status.wasConnected ? 'Reconnexion…' : 'Connexion…' };
  }
  // A reader's copy is the server's: nothing of theirs waits to be saved.
  if (!canEdit) return { tone: 'done', Icon: CircleCheck, text: 'À jour' };
  if (status.unsyncedChanges > 0) return { tone: 'busy', Icon: LoaderCircle, text: 'Enregistrement…' };
  return { tone: 'done', Icon: CircleCheck, text: 'Enregistré' };
}

/** The save status, in words with an icon, in a polite live region. */
export function SaveStatus({ status, canEdit }: { status: CollabStatus; canEdit: boolean }) {
  const { tone, Icon, text } = describeStatus(status, canEdit);
  return (
    <p className="save-status" data-tone={tone} role="status">
      <Icon aria-hidden="true" size={18} className={tone === 'busy' ? 'save-status-spin' : undefined} />
      {text}
    </p>
  );
}
