import type { ReactNode } from 'react';
import {
  Header,
  Menu as RACMenu,
  MenuItem as RACMenuItem,
  MenuSection as RACMenuSection,
  MenuTrigger,
  Popover,
  Separator,
  type MenuItemProps as RACMenuItemProps,
} from 'react-aria-components';
import { Button, type ButtonVariant } from './Button';

interface MenuButtonProps {
  /** The button's content; give `aria-label` when it is an icon alone. */
  trigger: ReactNode;
  'aria-label'?: string;
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  className?: string;
  /** Accessible name of the menu itself. */
  menuLabel: string;
  children: ReactNode;
}

/** A button that opens a list of actions (arrow keys to move, Enter to choose, Escape to close). */
export function MenuButton({ trigger, variant = 'secondary', size, className, menuLabel, children, ...aria }: MenuButtonProps) {
  return (
    <MenuTrigger>
      <Button variant={variant} size={size} className={className} aria-label={aria['aria-label']}>
        {trigger}
      </Button>
      <Popover className="popover menu-popover" placement="bottom end">
        <RACMenu className="menu" aria-label={menuLabel}>
          {children}
        </RACMenu>
      </Popover>
    </MenuTrigger>
  );
}

export function MenuItem({ className, ...props }: Omit<RACMenuItemProps, 'className'> & { className?: string }) {
  return <RACMenuItem {...props} className={['menu-item', className ?? ''].join(' ')} />;
}

/** A titled group of menu items, e.g. the person's name above their account actions. */
export function MenuSection({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <RACMenuSection className="menu-section">
      {title && <Header className="menu-header">{title}</Header>}
      {children}
    </RACMenuSection>
  );
}

export const MenuSeparator = () => <Separator className="menu-separator" />;
