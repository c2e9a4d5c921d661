import type { ReactNode } from 'react';
import { X } from 'lucide-react';
import { Dialog as RACDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

interface ModalDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
  /** alertdialog for confirmations, so screen readers read the question at once. */
  role?: 'dialog' | 'alertdialog';
  isDismissable?: boolean;
}

/** A modal window with its title as heading; Escape and the "Fermer" button close it, focus returns where it was. */
export function ModalDialog({ title, isOpen, onOpenChange, children, role = 'dialog', isDismissable = true }: ModalDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={isDismissable}>
      <Modal className="modal">
        <RACDialog className="dialog" role={role}>
          {({ close }) => (
            <>
              <div className="dialog-header">
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                <Button variant="quiet" className="dialog-close" onPress={close} aria-label="Fermer">
                  <X aria-hidden="true" size={20} />
                </Button>
              </div>
              {children}
            </>
          )}
        </RACDialog>
      </Modal>
    </ModalOverlay>
  );
}

interface ConfirmDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  danger?: boolean;
  /** Shown when the action failed, so the person can try again or cancel. */
  error?: ReactNode;
}

/** Asks before a destructive action; the action's own words are on the button ("Mettre à la corbeille"). */
export function ConfirmDialog({ title, isOpen, onOpenChange, children, confirmLabel, onConfirm, isPending, danger, error }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      <div className="dialog-body">{children}</div>
      {error}
      <div className="form-actions">
        <Button variant="secondary" onPress={() => onOpenChange(false)} autoFocus>
          Annuler
        </Button>
        <Button variant={danger ? 'danger' : 'primary'} onPress={onConfirm} isPending={isPending}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
