import { COLLAB_FINAL_CLOSES } from '@cocon/shared';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useClient } from 'urql';
import type * as Y from 'yjs';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import type { Me } from '../../auth/hooks/useMe';
import { useCollaboration } from '../hooks/useCollaboration';
import { useImageInsertion, type ImageUpload } from '../hooks/useImageInsertion';
import { useLinkedMention } from '../hooks/useLinkedMention';
import { editorExtensions, type PresenceUser } from '../lib/editorExtensions';
import { mentionItems } from '../lib/mentionItems';
import { slashItems } from '../lib/slashCommands';
import { SuggestionMenuController } from '../lib/suggestionMenu';
import { EditorToolbar } from './EditorToolbar';
import { ImageDialog } from './ImageDialog';
import { LinkDialog } from './LinkDialog';
import { PresenceList } from './PresenceList';
import { SaveStatus } from './SaveStatus';
import { SuggestionMenu } from './SuggestionMenu';
import { TableOfContents } from './TableOfContents';
import '../editor.css';
import { quoted } from '../../../ui/quoted';

const VISITOR: PresenceUser = { id: null, name: 'Visiteur sans compte', color: '#4a5562', structure: null };

const presenceOf = (me: Me | null): PresenceUser =>
  me
    ? {
        id: me.id,
        name: me.name,
        color: me.structure.color,
        structure: { name: me.structure.name, shortName: me.structure.shortName, color: me.structure.color },
      }
    : VISITOR;

interface SurfaceProps {
  documentId: string;
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  editable: boolean;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The editor itself, made once per connection and per right to write (both change rarely). */
function EditorSurface({ documentId, ydoc, provider, user, editable }: SurfaceProps) {
  const client = useClient();
  const listboxId = useId();
  const images = useImageInsertion(documentId);
  // The surface is remade (by its key) when these change, so its extensions are built once.
  const [menu] = useState(() => new SuggestionMenuController(listboxId));
  const [extensions] = useState(() =>
    editorExtensions(
      ydoc,
      provider,
      user,
      editable
        ? {
            menu,
            mentions: (query) => mentionItems(client, documentId, query),
            blocks: (query) => slashItems(query, () => images.ask(null)),
            onImageFile: images.ask,
          }
        : null,
    ),
  );
  const editor = useEditor({
    extensions,
    editable,
    // Made after the first render: creating it announces this person to the others, which updates the
    // presence list, and React forbids updating a component while rendering another.
    immediatelyRender: false,
    editorProps: {
      // A reader's view is a page of text, not a text box that refuses input.
      attributes: editable
        ? { class: 'document-body', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Contenu du document' }
        : { class: 'document-body', role: 'presentation' },
    },
  });
  useLinkedMention(editor);
  const [linking, setLinking] = useState(false);
  const words =
    useEditorState({
      editor,
      selector: ({ editor: current }) => (current ? countWords(current.state.doc.textBetween(0, current.state.doc.content.size, ' ', ' ')) : 0),
    }) ?? 0;
  return (
    <div className="collab-body">
      {editor && <TableOfContents editor={editor} />}
      <div className="collab-main">
        {editable && editor && <EditorToolbar editor={editor} onLink={() => setLinking(true)} onImage={() => images.ask(null)} />}
        <ImageProgress upload={images.upload} />
        {images.error && (
          <Alert tone="error" title="L’image n’a pas été ajoutée">
            <p>{images.error}</p>
            <Button size="small" onPress={images.dismissError}>
              Fermer ce message
            </Button>
          </Alert>
        )}
        <EditorContent editor={editor} className="collab-editor" />
        <p className="editor-word-count">{words <= 1 ? `${words} mot` : `${words} mots`}</p>
      </div>
      {editable && editor && (
        <>
          <SuggestionMenu controller={menu} />
          <LinkDialog editor={editor} isOpen={linking} onClose={() => setLinking(false)} />
          <ImageDialog request={images.request} onSend={(file, alt) => images.send(editor, file, alt)} onCancel={images.cancel} />
        </>
      )}
    </div>
  );
}

/** How far the image being sent has gone, in words and as a bar. */
function ImageProgress({ upload }: { upload: ImageUpload | null }) {
  if (!upload) return null;
  const percent = Math.round(upload.progress * 100);
  return (
    <div className="image-progress" role="status">
      <label>
        Envoi de l’image {quoted(upload.name)} : {percent} %
        <progress max={100} value={percent} />
      </label>
    </div>
  );
}

/** Why the document cannot be edited live: refused at the start (logging in again may help), or ended for good. */
function Refusal({ reason }: { reason: string }) {
  const location = useLocation();
  const back = encodeURIComponent(location.pathname + location.search);
  const ended = COLLAB_FINAL_CLOSES.includes(reason);
  return (
    <Alert tone="error" title={ended ? 'La modification de ce document s’est arrêtée' : 'La connexion au document a été refusée'}>
      <p>{reason}</p>
      <div className="toolbar">
        <Button size="small" onPress={() => window.location.reload()}>
          Recharger la page
        </Button>
        {!ended && (
          <LinkButton size="small" href={`/connexion?retour=${back}`}>
            Se reconnecter
          </LinkButton>
        )}
      </div>
    </Alert>
  );
}

/**
 * A document open live: everyone who may read it sees changes as they happen; those who may edit it write
 * together, each with their own caret and undo history. The status says what is really saved.
 */
export function CollaborativeEditor({ documentId, canEdit, me }: { documentId: string; canEdit: boolean; me: Me | null }) {
  const { ydoc, provider, status } = useCollaboration(documentId);
  // Once refused, writing would only pile up changes that may never reach the server.
  const editable = canEdit && status.serverAllowsWriting && status.refusal === null;
  return (
    <div className="collab">
      <div className="collab-bar">
        <SaveStatus status={status} canEdit={editable} />
        {provider && <PresenceList key={provider.sessionId} provider={provider} />}
      </div>
      {status.refusal && <Refusal reason={status.refusal} />}
      {provider && status.ready ? (
        <EditorSurface
          key={`${provider.sessionId}-${editable}`}
          documentId={documentId}
          ydoc={ydoc}
          provider={provider}
          user={presenceOf(me)}
          editable={editable}
        />
      ) : (
        !status.refusal && <Loading label="Chargement du document…" />
      )}
    </div>
  );
}
