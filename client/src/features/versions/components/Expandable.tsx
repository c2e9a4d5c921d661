import { useId, useState, type ReactNode } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { Button } from '../../../ui/Button';

interface Props {
  label: string;
  /** What the button adds after the label: "— afficher" / "— masquer". */
  showWords?: boolean;
  className?: string;
  children: ReactNode;
}

/** Something kept out of the way until asked for; the button says what it hides and whether it is open. */
export function Expandable({ label, showWords = true, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  const Icon = open ? ChevronDown : ChevronRight;
  return (
    <div className={['expandable', open ? 'expandable--open' : '', className ?? ''].filter(Boolean).join(' ')}>
      <Button variant="quiet" size="small" className="expandable-button" aria-expanded={open} aria-controls={contentId} onPress={() => setOpen(!open)}>
        <Icon aria-hidden="true" size={16} />
        {label}
        {showWords && <span className="expandable-action"> — {open ? 'masquer' : 'afficher'}</span>}
      </Button>
      <div id={contentId} hidden={!open} className="expandable-content">
        {open && children}
      </div>
    </div>
  );
}
