import { useEffect, useSyncExternalStore } from 'react';
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
  const activeId = state && state.items.length > 0 ? controller.optionId(state.active) : null;
  // The arrows move the active option while the caret stays in the text: the list follows it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  if (!state) return null;
  const announcement = state.loading
    ? 'Recherche…'
    : state.items.length === 0
      ? state.empty
      : `${count(state.items.length)}. Flèches haut et bas pour choisir, Entrée pour valider, Échap pour fermer.`;
  return createPortal(
    // A list longer than the menu scrolls; the menu can take the focus so that it also scrolls from the keyboard
    // (scrollable-region-focusable), but a press inside it never takes the focus from the text.
    <div
      className="suggestion-menu"
      role="group"
      tabIndex={0}
      aria-labelledby={`${controller.listboxId}-title`}
      onMouseDown={(event) => event.preventDefault()}
    >
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
