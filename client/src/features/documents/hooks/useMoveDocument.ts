import { useState } from 'react';
import { useMutation } from 'urql';
import { toShownError } from '../../../lib/errors';
import type { MoveTarget } from '../../spaces/lib/tree';
import { MoveDocumentMutation } from '../graphql/mutations';
import { quoted } from '../../../ui/quoted';

export interface MoveStatus {
  tone: 'success' | 'error';
  message: string;
}

/** Moves a document and keeps a sentence saying how it went, for a live region next to the tree. */
export function useMoveDocument() {
  const [{ fetching }, execute] = useMutation(MoveDocumentMutation);
  const [status, setStatus] = useState<MoveStatus | null>(null);
  const move = async (doc: { id: string; title: string }, target: MoveTarget): Promise<boolean> => {
    const result = await execute({ input: { id: doc.id, parentId: target.parentId, position: target.position } });
    if (result.error) {
      setStatus({ tone: 'error', message: toShownError(result.error).message });
      return false;
    }
    setStatus({ tone: 'success', message: `${quoted(doc.title)} a été déplacé.` });
    return true;
  };
  return { move, moving: fetching, status, setStatus };
}
