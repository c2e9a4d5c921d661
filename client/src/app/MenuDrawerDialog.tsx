import { X } from 'lucide-react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../ui/Button';
import { Sidebar } from './Sidebar';

/** The drawer itself, with the sidebar inside: loaded the first time someone opens it. */
export function MenuDrawerDialog({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <ModalOverlay className="modal-overlay drawer-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="drawer">
        <Dialog className="drawer-dialog">
          <div className="dialog-header">
            <Heading slot="title" className="dialog-title">
              Menu
            </Heading>
            <Button variant="quiet" className="dialog-close" onPress={() => onOpenChange(false)} aria-label="Fermer le menu">
              <X aria-hidden="true" size={20} />
            </Button>
          </div>
          <Sidebar />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
