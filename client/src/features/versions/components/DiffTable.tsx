import type { TableRowDiff } from '@cocon/shared/diff/document-diff';
import type { WordOp } from '@cocon/shared/diff/words';
import { count } from '../lib/words';
import { Added, DiffText, hasWordChange, Removed, type DiffSide } from './DiffText';

const ROW_WORDS: Record<TableRowDiff['kind'], string | null> = { equal: null, modified: null, added: 'Ligne ajoutée', removed: 'Ligne supprimée' };

/** A table whose cells changed: changed cells are marked (a border and the word "modifiée"), added and removed rows signed. */
export function DiffTable({ rows, side }: { rows: TableRowDiff[]; side: DiffSide }) {
  const shownRows = rows.filter((row) => !(side === 'before' && row.kind === 'added') && !(side === 'after' && row.kind === 'removed'));
  const changedCells = rows
    .filter((row) => row.kind === 'modified')
    .flatMap((row) => row.cells)
    .filter(hasWordChange).length;
  const added = rows.filter((row) => row.kind === 'added').length;
  const removed = rows.filter((row) => row.kind === 'removed').length;
  const caption = [
    changedCells ? count(changedCells, 'cellule modifiée', 'cellules modifiées') : null,
    added ? count(added, 'ligne ajoutée', 'lignes ajoutées') : null,
    removed ? count(removed, 'ligne supprimée', 'lignes supprimées') : null,
  ].filter(Boolean);
  return (
    <div className="diff-table-scroll">
      <table className="diff-table">
        <caption>Tableau{caption.length ? ` : ${caption.join(', ')}` : ''}</caption>
        <tbody>
          {shownRows.map((row, r) => (
            <tr key={r} className={`diff-row-${row.kind}`}>
              {row.cells.map((cell, c) => (
                <TableCell key={c} cell={cell} row={row} side={side} first={c === 0} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TableCell({ cell, row, side, first }: { cell: WordOp[]; row: TableRowDiff; side: DiffSide; first: boolean }) {
  const text = cell.map((op) => op.text).join('');
  const rowWords = ROW_WORDS[row.kind];
  if (row.kind === 'added' || row.kind === 'removed') {
    const Mark = row.kind === 'added' ? Added : Removed;
    return (
      <td>
        {first && (
          <span className="diff-sign diff-sign--inline" aria-hidden="true">
            {row.kind === 'added' ? '+' : '−'}
          </span>
        )}
        {first && <span className="visually-hidden">{rowWords} : </span>}
        <Mark>{text}</Mark>
      </td>
    );
  }
  const changed = row.kind === 'modified' && hasWordChange(cell);
  return (
    <td className={changed ? 'diff-cell-changed' : undefined}>
      {changed && <span className="diff-cell-flag">modifiée</span>}
      <DiffText ops={cell} side={side} />
    </td>
  );
}

/** A table added, removed or unchanged as a whole: its cells as they are. */
export function PlainTable({ cells }: { cells: string[][] }) {
  return (
    <div className="diff-table-scroll">
      <table className="diff-table">
        <caption>Tableau</caption>
        <tbody>
          {cells.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
