import { lazy, Suspense, useState } from 'react';
import { Menu as MenuIcon } from 'lucide-react';
import { useLocation } from 'react-router';
import { Button } from '../ui/Button';

// Most pages are read on a desktop without ever opening it: the dialog's code comes with the first press.
const MenuDrawerDialog = lazy(async () => ({ default: (await import('./MenuDrawerDialog')).MenuDrawerDialog }));

/** On a narrow screen the sidebar lives behind a "Menu" button, in a drawer that closes on navigation. */
export function MenuDrawer() {
  const { pathname } = useLocation();
  // Remembers the page it was opened on: any navigation closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const [used, setUsed] = useState(false);
  const isOpen = openOn === pathname;
  const setOpen = (open: boolean) => {
    if (open) setUsed(true);
    setOpenOn(open ? pathname : null);
  };

  return (
    <>
      <Button variant="quiet" className="menu-button" onPress={() => setOpen(true)} aria-expanded={isOpen}>
        <MenuIcon aria-hidden="true" size={20} />
        Menu
      </Button>
      {used && (
        <Suspense fallback={null}>
          <MenuDrawerDialog isOpen={isOpen} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
