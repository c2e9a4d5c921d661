import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COMMENT_LENGTH, lengthProblem } from '@cocon/shared/rules';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useClient } from 'urql';
import type { MentionCandidatesQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { StructureBadge } from '../../../ui/StructureBadge';
import { MentionCandidatesQuery as CandidatesQuery } from '../../editor/graphql/mentionCandidates';
import { MENTION_SEARCH_DELAY_MS } from '../../editor/lib/mentionItems';
import { quoted } from '../../../ui/quoted';

type Candidate = MentionCandidatesQuery['mentionCandidates'][number];

/** A comment as written: its text, and the people picked from the « @ » list (which settles namesakes). */
export interface WrittenComment {
  body: string;
  chosenPeople: string[];
}

interface Props {
  documentId: string;
  label: string;
  submitLabel: string;
  /** Keeps the text on this device while it is not sent (a reload or a lost connection loses nothing). */
  draftKey: string;
  initialText?: string;
  /** Resolves with an error message to show, or null once the comment is sent. */
  onSubmit: (comment: WrittenComment) => Promise<string | null>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** The « @… » being typed just before the caret, if any: what to look for, and where it starts. */
function mentionAt(text: string, caret: number): { start: number; search: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@]{0,40}(?: [^\s@]{0,40})?)$/u.exec(before);
  return match ? { start: caret - match[2].length - 1, search: match[2] } : null;
}

const readDraft = (key: string) => {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
};
const writeDraft = (key: string, text: string) => {
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // Private browsing may refuse storage: the text simply is not kept across a reload.
  }
};

/**
 * Where a comment is written: plain text, « @ » followed by a name offers the people who can read the document
 * and the structures (arrows to choose, Entrée or Tab to insert, Échap to close), Ctrl+Entrée sends.
 */
export function CommentComposer({ documentId, label, submitLabel, draftKey, initialText = '', onSubmit, onCancel, autoFocus }: Props) {
  const client = useClient();
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => readDraft(draftKey) ?? initialText);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [mention, setMention] = useState<{ start: number; search: string } | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [active, setActive] = useState(0);
  const [chosenPeople, setChosenPeople] = useState<string[]>([]);
  // Where the « @ » whose list was closed (a name chosen, Échap) starts: « @CAF » followed by a space would still
  // read as a search, and its list would open again over the buttons.
  const closedAt = useRef<number | null>(null);

  useEffect(() => writeDraft(draftKey, text === initialText ? '' : text), [draftKey, text, initialText]);

  useEffect(() => {
    if (!mention) return;
    let current = true;
    const search = setTimeout(() => {
      void client
        .query(CandidatesQuery, { documentId, search: mention.search })
        .toPromise()
        .then((result) => {
          if (!current) return;
          setCandidates(result.data?.mentionCandidates ?? []);
          setActive(0);
        });
    }, MENTION_SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(search);
    };
  }, [client, documentId, mention]);

  const track = (value: string, caret: number) => {
    const found = mentionAt(value, caret);
    if (!found) closedAt.current = null;
    setMention(found && found.start !== closedAt.current ? found : null);
  };

  const follow = (value: string) => {
    setText(value);
    setError(null);
    track(value, area.current?.selectionStart ?? value.length);
  };

  const choose = (candidate: Candidate) => {
    if (!mention) return;
    const caret = area.current?.selectionStart ?? text.length;
    const inserted = `@${candidate.label} `;
    const value = text.slice(0, mention.start) + inserted + text.slice(caret);
    setText(value);
    setMention(null);
    closedAt.current = mention.start;
    if (candidate.kind === 'PERSON') setChosenPeople((chosen) => [...new Set([...chosen, candidate.id])]);
    requestAnimationFrame(() => {
      const position = mention.start + inserted.length;
      area.current?.focus();
      area.current?.setSelectionRange(position, position);
    });
  };

  const submit = async () => {
    const body = text.trim();
    if (!body) return setError('Écrivez votre commentaire avant de l’envoyer.');
    const problem = lengthProblem('Le commentaire', COMMENT_LENGTH, body);
    if (problem) return setError(problem);
    setSending(true);
    const failure = await onSubmit({ body, chosenPeople });
    setSending(false);
    if (failure) return setError(failure);
    setText('');
    setChosenPeople([]);
    writeDraft(draftKey, '');
  };

  // Suggestions only while a « @… » is being typed.
  const listed = mention !== null && candidates.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (listed && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : candidates.length - 1)) % candidates.length);
    } else if (listed && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      choose(candidates[active]);
    } else if (listed && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closedAt.current = mention.start;
      setMention(null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const left = COMMENT_LENGTH.max - text.length;
  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField className="field" value={text} onChange={follow} isInvalid={!!error} autoFocus={autoFocus}>
        <Label className="field-label">{label}</Label>
        <TextArea
          ref={area}
          className="field-input field-textarea comment-textarea"
          rows={3}
          aria-autocomplete="list"
          aria-controls={listed ? listId : undefined}
          aria-activedescendant={listed ? `${listId}-${active}` : undefined}
          onKeyDown={onKeyDown}
          onSelect={(event) => track(text, event.currentTarget.selectionStart)}
        />
        <Text slot="description" className="field-description">
          {quoted('@')} suivi d’un nom prévient une personne ou une structure. Ctrl+Entrée pour envoyer.
          {left < 1000 && ` Encore ${Math.max(left, 0).toLocaleString('fr-FR')} caractères.`}
        </Text>
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
      {listed && (
        <ul className="mention-list" id={listId} role="listbox" aria-label="Personnes et structures à mentionner">
          {candidates.map((candidate, index) => (
            <li
              key={`${candidate.kind}-${candidate.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="mention-option"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(candidate);
              }}
            >
              <span>{candidate.kind === 'PERSON' ? candidate.label : `${candidate.label} (structure)`}</span>
              {candidate.kind === 'PERSON' ? <StructureBadge structure={candidate.structure} /> : <span className="muted">{candidate.structure.name}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {listed ? `${candidates.length} suggestion${candidates.length > 1 ? 's' : ''} : flèches pour choisir, Entrée pour insérer.` : ''}
      </p>
      <div className="comment-composer-actions">
        {onCancel && (
          <Button size="small" onPress={onCancel}>
            Annuler
          </Button>
        )}
        <Button size="small" variant="primary" type="submit" isPending={sending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
