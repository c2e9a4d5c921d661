import { AlignLeft, Columns2 } from 'lucide-react';
import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import type { DiffMode } from './DiffEntryView';

/** "Dans le texte" or "Côte à côte": one choice of two, with the arrow keys as in any radio group. */
export function DiffModeSwitch({ mode, onChange }: { mode: DiffMode; onChange: (mode: DiffMode) => void }) {
  return (
    <div className="diff-mode">
      <span className="diff-mode-label" id="diff-mode-label">
        Affichage
      </span>
      <ToggleButtonGroup
        aria-labelledby="diff-mode-label"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[mode]}
        onSelectionChange={(keys: Set<Key>) => {
          const [next] = [...keys];
          if (next === 'inline' || next === 'columns') onChange(next);
        }}
        className="segmented"
      >
        <ToggleButton id="inline" className="segmented-item">
          <AlignLeft aria-hidden="true" size={16} />
          Dans le texte
        </ToggleButton>
        <ToggleButton id="columns" className="segmented-item">
          <Columns2 aria-hidden="true" size={16} />
          Côte à côte
        </ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}
