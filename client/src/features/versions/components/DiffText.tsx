import type { WordOp } from '@cocon/shared/diff/words';

/** Which text of a change to show: both (inline), the older one, or the newer one (side by side). */
export type DiffSide = 'both' | 'before' | 'after';

/**
 * An added passage, underlined and tinted; screen readers, which do not announce <ins> by themselves, hear
 * "ajouté : … fin de l'ajout".
 */
export function Added({ children }: { children: React.ReactNode }) {
  return (
    <ins className="diff-ins">
      <span className="visually-hidden">ajouté : </span>
      {children}
      <span className="visually-hidden"> fin de l’ajout</span>
    </ins>
  );
}

/** A removed passage, struck through and tinted, said as "supprimé : … fin de la suppression". */
export function Removed({ children }: { children: React.ReactNode }) {
  return (
    <del className="diff-del">
      <span className="visually-hidden">supprimé : </span>
      {children}
      <span className="visually-hidden"> fin de la suppression</span>
    </del>
  );
}

/** A text changed word by word. */
export function DiffText({ ops, side }: { ops: WordOp[]; side: DiffSide }) {
  return (
    <>
      {ops.map((op, index) => {
        if (op.op === 'equal') return <span key={index}>{op.text}</span>;
        if (op.op === 'insert') return side === 'before' ? null : <Added key={index}>{op.text}</Added>;
        return side === 'after' ? null : <Removed key={index}>{op.text}</Removed>;
      })}
    </>
  );
}

/** True when a piece of text holds a change. */
export const hasWordChange = (ops: WordOp[]) => ops.some((op) => op.op !== 'equal');
