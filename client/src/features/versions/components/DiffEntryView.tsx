import type { ReactNode } from 'react';
import { CornerDownRight, CornerUpRight } from 'lucide-react';
import type { DiffBlockView, DiffEntry } from '@cocon/shared/diff/document-diff';
import { DiffBlock } from './DiffBlock';
import { DiffTable, PlainTable } from './DiffTable';
import { DiffText, hasWordChange, type DiffSide } from './DiffText';

export type DiffMode = 'inline' | 'columns';

interface Props {
  entry: DiffEntry;
  mode: DiffMode;
  numbers: { before?: number; after?: number };
}

/** A block shown whole: a table as a table, anything else as text. */
function Whole({ block, number }: { block: DiffBlockView; number?: number }) {
  return block.type === 'table' && block.cells ? <PlainTable cells={block.cells} /> : <DiffBlock block={block} number={number} />;
}

/** A block added or removed as a whole: a "+" or "−" in the margin, and words for screen readers. */
function WholeChange({ kind, block, number }: { kind: 'added' | 'removed'; block: DiffBlockView; number?: number }) {
  const Mark = kind === 'added' ? 'ins' : 'del';
  return (
    <div className={`diff-whole diff-whole--${kind}`}>
      <span className="diff-sign" aria-hidden="true">
        {kind === 'added' ? '+' : '−'}
      </span>
      <Mark className="diff-whole-text">
        <span className="visually-hidden">{kind === 'added' ? 'Ajouté : ' : 'Supprimé : '}</span>
        <Whole block={block} number={number} />
        <span className="visually-hidden">{kind === 'added' ? 'Fin de l’ajout.' : 'Fin de la suppression.'}</span>
      </Mark>
    </div>
  );
}

function MoveNote({ direction, chapter }: { direction: 'from' | 'to'; chapter: string }) {
  const Icon = direction === 'from' ? CornerDownRight : CornerUpRight;
  return (
    <p className="diff-move-note">
      <Icon aria-hidden="true" size={16} />
      {direction === 'from' ? `Déplacé depuis « ${chapter} »` : `Déplacé vers « ${chapter} »`}
    </p>
  );
}

/** A block changed word by word (or cell by cell), on one side or both. */
function Modified({ entry, side, number }: { entry: Extract<DiffEntry, { kind: 'modified' }>; side: DiffSide; number?: number }) {
  if (entry.rows) return <DiffTable rows={entry.rows} side={side} />;
  return (
    <>
      {!hasWordChange(entry.words) && <p className="diff-format-note">{formatChange(entry.before, entry.after)}</p>}
      <DiffBlock block={side === 'before' ? entry.before : entry.after} number={number}>
        <DiffText ops={entry.words} side={side} />
      </DiffBlock>
    </>
  );
}

/** Same words, changed otherwise: say how, since no word is marked. */
function formatChange(before: DiffBlockView, after: DiffBlockView): string {
  if (before.type !== after.type || before.level !== after.level) return 'Même texte, présenté autrement (titre, liste ou paragraphe)';
  if (before.checked !== after.checked) return after.checked ? 'Même texte, marqué comme fait' : 'Même texte, marqué comme à faire';
  if (before.container !== after.container) return 'Même texte, déplacé dans ou hors d’un encadré ou d’une citation';
  return 'Même texte, mise en forme changée (gras, italique, lien…)';
}

/** One change (or one unchanged block) of the comparison, in one column or side by side. */
export function DiffEntryView({ entry, mode, numbers }: Props) {
  return mode === 'inline' ? <InlineEntry entry={entry} numbers={numbers} /> : <ColumnsEntry entry={entry} numbers={numbers} />;
}

function InlineEntry({ entry, numbers }: Omit<Props, 'mode'>) {
  switch (entry.kind) {
    case 'unchanged':
      return (
        <div className="diff-entry diff-entry--unchanged">
          <Whole block={entry.block} number={numbers.after} />
        </div>
      );
    case 'added':
    case 'removed':
      return (
        <div className={`diff-entry diff-entry--${entry.kind}`}>
          <WholeChange kind={entry.kind} block={entry.block} number={entry.kind === 'added' ? numbers.after : numbers.before} />
        </div>
      );
    case 'modified':
      return (
        <div className="diff-entry diff-entry--modified">
          <Modified entry={entry} side="both" number={numbers.after} />
        </div>
      );
    case 'moved':
      return (
        <div className="diff-entry diff-entry--moved">
          <MoveNote direction="from" chapter={entry.fromSection} />
          <Whole block={entry.block} number={numbers.after} />
        </div>
      );
    case 'movedAway':
      return (
        <div className="diff-entry diff-entry--moved-away">
          <MoveNote direction="to" chapter={entry.toSection} />
          <Whole block={entry.block} number={numbers.before} />
        </div>
      );
  }
}

function Cell({ side, children, empty }: { side: 'before' | 'after'; children?: ReactNode; empty?: boolean }) {
  if (empty) return <div className={`diff-cell diff-cell--${side} diff-cell--empty`} aria-hidden="true" />;
  return (
    <div className={`diff-cell diff-cell--${side}`}>
      <span className="diff-cell-label">{side === 'before' ? 'Avant :' : 'Après :'}</span>
      {children}
    </div>
  );
}

function ColumnsEntry({ entry, numbers }: Omit<Props, 'mode'>) {
  switch (entry.kind) {
    case 'unchanged':
      // The same text on both sides: said once, and shown once when the columns are stacked.
      return (
        <div className="diff-row diff-row--unchanged">
          <div className="diff-cell diff-cell--before">
            <Whole block={entry.block} number={numbers.before} />
          </div>
          <div className="diff-cell diff-cell--after diff-cell--duplicate" aria-hidden="true">
            <Whole block={entry.block} number={numbers.after} />
          </div>
        </div>
      );
    case 'added':
      return (
        <div className="diff-row diff-row--added">
          <Cell side="before" empty />
          <Cell side="after">
            <WholeChange kind="added" block={entry.block} number={numbers.after} />
          </Cell>
        </div>
      );
    case 'removed':
      return (
        <div className="diff-row diff-row--removed">
          <Cell side="before">
            <WholeChange kind="removed" block={entry.block} number={numbers.before} />
          </Cell>
          <Cell side="after" empty />
        </div>
      );
    case 'modified':
      if (entry.rows) {
        // A table's rows line up cell by cell: it spans both columns, its changes marked in place.
        return (
          <div className="diff-row diff-row--modified diff-row--span">
            <Modified entry={entry} side="both" />
          </div>
        );
      }
      return (
        <div className="diff-row diff-row--modified">
          <Cell side="before">
            <Modified entry={entry} side="before" number={numbers.before} />
          </Cell>
          <Cell side="after">
            <Modified entry={entry} side="after" number={numbers.after} />
          </Cell>
        </div>
      );
    case 'moved':
      return (
        <div className="diff-row diff-row--moved">
          <Cell side="before" empty />
          <Cell side="after">
            <MoveNote direction="from" chapter={entry.fromSection} />
            <Whole block={entry.block} number={numbers.after} />
          </Cell>
        </div>
      );
    case 'movedAway':
      return (
        <div className="diff-row diff-row--moved-away">
          <Cell side="before">
            <MoveNote direction="to" chapter={entry.toSection} />
            <Whole block={entry.block} number={numbers.before} />
          </Cell>
          <Cell side="after" empty />
        </div>
      );
  }
}
