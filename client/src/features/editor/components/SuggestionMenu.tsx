import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { StructureBadge } from '../../../ui/StructureBadge';
import type { SuggestionMenuController } from '../lib/suggestionMenu';

const count = (n: number) => (n === 1 ? '1 proposition' : `${n} propositions`);

/**
 * The list opened by "@" or "/": a listbox whose active option the editor points at (aria-activedescendant), so
 * arrow keys move through it while the caret stays in the text. How many choices there are is said politely.
 */
export function SuggestionMenu({ controller }: { controller: SuggestionMenuController }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  if (!state) return null;
  const announcement = state.loading
    ? 'Recherche…'
    : state.items.length === 0
      ? state.empty
      : `${count(state.items.length)}. Flèches haut et bas pour choisir, Entrée pour valider, Échap pour fermer.`;
  return createPortal(
    <div className="suggestion-menu">
      <p className="suggestion-title" id={`${controller.listboxId}-title`}>
        {state.title}
      </p>
      {state.items.length === 0 ? (
        <p className="suggestion-empty">{state.loading ? 'Recherche…' : state.empty}</p>
      ) : (
        <ul className="suggestion-list" role="listbox" id={controller.listboxId} aria-labelledby={`${controller.listboxId}-title`}>
          {state.items.map((item, index) => (
            <li
              key={item.key}
              id={controller.optionId(index)}
              role="option"
              aria-selected={index === state.active}
              className="suggestion-option"
              // The pointer chooses without taking the focus out of the text.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => state.choose(index)}
            >
              <span className="suggestion-label">
                {item.label}
                {item.badge && <StructureBadge structure={item.badge} />}
              </span>
              {item.detail && <span className="suggestion-detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>,
    controller.host,
  );
}
