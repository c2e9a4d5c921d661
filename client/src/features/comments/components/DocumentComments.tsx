import { useEditorState } from '@tiptap/react';
import { MessagesSquare } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toShownError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import type { Me } from '../../auth/hooks/useMe';
import { useMediaQuery } from '../../editor/hooks/useMediaQuery';
import { CommentContextQuery, CreateThreadMutation } from '../graphql/threads';
import { NO_FILTER, useCommentThreads, type Thread, type ThreadFilter } from '../hooks/useCommentThreads';
import { commentMarksKey, setMarkedThreads } from '../lib/commentMarks';
import { commentSurfaces, type NewAnchor } from '../lib/commentSurfaces';
import { CommentsPanel, type PanelState } from './CommentsPanel';
import type { WrittenComment } from './CommentComposer';
import '../comments.css';

/** From this width the discussions are a column beside the text; below, a sheet opened from a button. */
const SIDE_BY_SIDE = '(min-width: 64rem)';
const CLOSED_KEY = 'cocon-comments-panel-closed';

/** Where each marked discussion starts in the text, from the editor's marks: to list them in the text's order. */
function usePassageStarts(documentId: string): Map<string, number> {
  const editor = useSyncExternalStore(
    (listener) => commentSurfaces.subscribe(documentId, listener),
    () => commentSurfaces.editor(documentId),
  );
  const starts =
    useEditorState({
      editor,
      selector: ({ editor: current }) =>
        (current ? (commentMarksKey.getState(current.state)?.decorations.find() ?? []) : [])
          .map((decoration) => `${(decoration.spec as { threadId: string }).threadId}:${decoration.from}`)
          .join(','),
    }) ?? '';
  return useMemo(() => new Map(starts ? starts.split(',').map((entry) => [entry.split(':')[0], Number(entry.split(':')[1])] as const) : []), [starts]);
}

/**
 * The document with its discussions: the panel beside the text (or in a sheet on a phone), the marks in the
 * text, and a live region that says what others write while the page is open. For people with an account.
 */
export function DocumentComments({ documentId, me, children }: { documentId: string; me: Me | null; children: ReactNode }) {
  if (!me) return <>{children}</>;
  return (
    <Discussions documentId={documentId} me={me}>
      {children}
    </Discussions>
  );
}

function Discussions({ documentId, me, children }: { documentId: string; me: Me; children: ReactNode }) {
  const headingId = useId();
  const [params] = useSearchParams();
  const linked = params.get('discussion');
  const sideBySide = useMediaQuery(SIDE_BY_SIDE);
  const [closed, setClosed] = useState(() => localStorage.getItem(CLOSED_KEY) === '1');
  // A link to a discussion (from a notification) on a phone opens the sheet where it is.
  const [sheetOpen, setSheetOpen] = useState(() => !!linked && !window.matchMedia(SIDE_BY_SIDE).matches);
  const [filter, setFilter] = useState<ThreadFilter>(() => (linked ? { ...NO_FILTER, status: 'ALL' } : NO_FILTER));
  const [pending, setPending] = useState<NewAnchor | null>(null);
  const [activeId, setActiveId] = useState<string | null>(linked);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const threadRefs = useRef(new Map<string, HTMLElement>());
  const [, create] = useMutation(CreateThreadMutation);
  const [{ data: context }, refreshContext] = useQuery({ query: CommentContextQuery, variables: { documentId }, requestPolicy: 'cache-and-network' });

  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const { threads, loading, error, liveChanges } = useCommentThreads(documentId, filter, me.id, announce);
  const starts = usePassageStarts(documentId);
  const ordered = useMemo(
    () => [...threads].sort((a, b) => (starts.get(a.id) ?? (a.anchor ? Infinity : -1)) - (starts.get(b.id) ?? (b.anchor ? Infinity : -1))),
    [threads, starts],
  );

  // Counts and filter choices follow what happens live.
  useEffect(() => {
    if (liveChanges > 0) refreshContext({ requestPolicy: 'network-only' });
  }, [liveChanges, refreshContext]);

  const panelShown = sideBySide ? !closed : sheetOpen;
  const setPanel = (shown: boolean) => {
    if (sideBySide) {
      setClosed(!shown);
      localStorage.setItem(CLOSED_KEY, shown ? '0' : '1');
    } else setSheetOpen(shown);
  };

  // The marks in the text: open discussions whose passage still exists, and the one being read.
  const editor = useSyncExternalStore(
    (listener) => commentSurfaces.subscribe(documentId, listener),
    () => commentSurfaces.editor(documentId),
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const marked = threads.filter((thread) => thread.status === 'OPEN' && !thread.textDeleted && thread.anchor);
    setMarkedThreads(editor.view, { threads: marked.map((thread) => ({ id: thread.id, anchor: thread.anchor! })), activeId });
  }, [editor, threads, activeId]);

  const scrollToThread = useCallback((threadId: string) => {
    requestAnimationFrame(() => {
      const element = threadRefs.current.get(threadId);
      element?.scrollIntoView({ block: 'nearest' });
      element?.focus({ preventScroll: true });
    });
  }, []);
  const focusThread = useCallback(
    (threadId: string) => {
      setActiveId(threadId);
      scrollToThread(threadId);
    },
    [scrollToThread],
  );

  // A link to a discussion (from a notification) brings it into view once it is there.
  const followed = useRef(false);
  useEffect(() => {
    if (!linked || followed.current || !threads.some((thread) => thread.id === linked)) return;
    followed.current = true;
    scrollToThread(linked);
  }, [linked, threads, scrollToThread]);

  const canComment = context?.document?.canComment ?? false;
  useEffect(() => {
    commentSurfaces.setHandlers(documentId, {
      canComment,
      onCommentRequest: (anchor) => {
        setPending(anchor);
        if (sideBySide) {
          setClosed(false);
          localStorage.setItem(CLOSED_KEY, '0');
        } else setSheetOpen(true);
      },
      onThreadSelected: (threadId) => {
        if (!sideBySide) setSheetOpen(true);
        if (sideBySide && closed) setClosed(false);
        focusThread(threadId);
      },
    });
    return () => commentSurfaces.setHandlers(documentId, null);
  }, [documentId, canComment, sideBySide, closed, focusThread]);

  const showPassage = (thread: Thread) => {
    setActiveId(thread.id);
    const start = starts.get(thread.id);
    if (!editor || start === undefined) return;
    const { node } = editor.view.domAtPos(start);
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    if (!sideBySide) setSheetOpen(false);
  };

  const createThread = async (comment: WrittenComment, anchor: NewAnchor | null): Promise<string | null> => {
    const result = await create({ input: { documentId, ...comment, anchor } });
    if (result.error) return toShownError(result.error).message;
    setWarnings(result.data?.createThread.mentionWarnings ?? []);
    if (anchor) setPending(null);
    if (result.data) setActiveId(result.data.createThread.thread.id);
    return null;
  };

  const state: PanelState = {
    documentId,
    context: context ?? null,
    threads: ordered,
    loading,
    error,
    filter,
    setFilter,
    pending,
    setPending,
    activeId,
    located: new Set(starts.keys()),
    showPassage,
    createThread,
    warnings,
    setWarnings,
    threadRefs,
  };
  const open = context?.documentCommentSummary.openCount ?? 0;
  const toggleLabel = `Discussions (${open} ouverte${open > 1 ? 's' : ''})`;

  return (
    <div className={sideBySide && panelShown ? 'document-layout document-layout--comments' : 'document-layout'}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="document-layout-main">
        {!panelShown && (
          <div className="comments-toggle">
            <Button size="small" onPress={() => setPanel(true)}>
              <MessagesSquare aria-hidden="true" size={18} />
              {toggleLabel}
            </Button>
          </div>
        )}
        {children}
      </div>
      {sideBySide ? (
        panelShown && (
          <aside className="comments-aside" aria-labelledby={headingId}>
            <CommentsPanel state={state} headingId={headingId} onClose={() => setPanel(false)} closeLabel="Masquer" />
          </aside>
        )
      ) : (
        <ModalOverlay className="sheet-overlay" isOpen={sheetOpen} onOpenChange={setSheetOpen} isDismissable>
          <Modal className="sheet">
            <Dialog className="sheet-dialog" aria-labelledby={headingId}>
              <CommentsPanel state={state} headingId={headingId} onClose={() => setSheetOpen(false)} />
            </Dialog>
          </Modal>
        </ModalOverlay>
      )}
    </div>
  );
}
