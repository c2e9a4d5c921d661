import { useState } from 'react';
import { Menu as MenuIcon, X } from 'lucide-react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useLocation } from 'react-router';
import { Button } from '../ui/Button';
import { Sidebar } from './Sidebar';

/** On a narrow screen the sidebar lives behind a "Menu" button, in a drawer that closes on navigation. */
export function MenuDrawer() {
  const { pathname } = useLocation();
  // Remembers the page it was opened on: any navigation closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const setOpen = (open: boolean) => setOpenOn(open ? pathname : null);

  return (
    <>
      <Button variant="quiet" className="menu-button" onPress={() => setOpen(true)} aria-expanded={isOpen}>
        <MenuIcon aria-hidden="true" size={20} />
        Menu
      </Button>
      <ModalOverlay className="modal-overlay drawer-overlay" isOpen={isOpen} onOpenChange={setOpen} isDismissable>
        <Modal className="drawer">
          <Dialog className="drawer-dialog">
            <div className="dialog-header">
              <Heading slot="title" className="dialog-title">
                Menu
              </Heading>
              <Button variant="quiet" className="dialog-close" onPress={() => setOpen(false)} aria-label="Fermer le menu">
                <X aria-hidden="true" size={20} />
              </Button>
            </div>
            <Sidebar />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
