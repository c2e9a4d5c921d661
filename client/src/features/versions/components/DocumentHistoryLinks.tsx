import { History, Quote } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useMe } from '../../auth/hooks/useMe';
import { historyPath, provenancePath } from '../lib/paths';
import '../versions.css';

/** Next to a document's "Modifié…" line: its history, and where its text comes from. */
export function DocumentHistoryLinks({ documentId }: { documentId: string }) {
  const { can } = useMe();
  if (!can('history.read')) return null;
  return (
    <nav aria-label="Histoire du document" className="document-history-links">
      <Link href={historyPath(documentId)} className="text-link document-history-link">
        <History aria-hidden="true" size={16} />
        Historique
      </Link>
      <Link href={provenancePath(documentId)} className="text-link document-history-link">
        <Quote aria-hidden="true" size={16} />
        D’où vient ce texte ?
      </Link>
    </nav>
  );
}
