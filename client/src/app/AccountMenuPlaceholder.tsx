import { ChevronDown } from 'lucide-react';
import { Button } from '../ui/Button';

export const accountMenuTrigger = (
  <>
    Mon compte
    <ChevronDown aria-hidden="true" size={16} />
  </>
);

/** Stands in the header, inert, while the account menu's code arrives: the same button at the same place. */
export function AccountMenuPlaceholder() {
  return (
    <Button variant="quiet" isDisabled>
      {accountMenuTrigger}
    </Button>
  );
}
