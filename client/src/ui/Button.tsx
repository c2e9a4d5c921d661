import type { ReactNode } from 'react';
import { Button as RACButton, Link as RACLink, type ButtonProps as RACButtonProps, type LinkProps as RACLinkProps } from 'react-aria-components';
import { Spinner } from './Loading';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

const classes = (variant: ButtonVariant, size: 'normal' | 'small', extra?: string) =>
  ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', extra ?? ''].filter(Boolean).join(' ');

export interface ButtonProps extends Omit<RACButtonProps, 'className' | 'children' | 'isPending'> {
  /** Work is under way: the button shows a spinner and ignores presses, but stays focusable. */
  isPending?: boolean;
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  className?: string;
  children: ReactNode;
}

/**
 * The one button of Cocon. Its pending state is ours, not the library's: the library announces it by
 * pointing at the button's id, and that announcement outlives the button when the page changes.
 */
export function Button({ variant = 'secondary', size = 'normal', className, children, isPending, onPress, type, ...props }: ButtonProps) {
  return (
    <RACButton
      {...props}
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      className={classes(variant, size, className)}
    >
      {isPending && <Spinner />}
      {children}
      {isPending && <span className="visually-hidden"> (en cours)</span>}
    </RACButton>
  );
}

export interface LinkButtonProps extends Omit<RACLinkProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  className?: string;
  children: ReactNode;
}

/** A link that looks like a button: for actions that lead to another page. */
export function LinkButton({ variant = 'secondary', size = 'normal', className, ...props }: LinkButtonProps) {
  return <RACLink {...props} className={classes(variant, size, className)} />;
}
