import type { ReactNode } from 'react';
import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

const ICONS = { info: Info, success: CircleCheck, warning: TriangleAlert, error: CircleAlert };

interface AlertProps {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
  /** Errors and confirmations interrupt a screen reader politely or not; a static notice is not announced. */
  live?: boolean;
  className?: string;
}

/** A message with an icon and words (never colour alone), e.g. an error next to the form that caused it. */
export function Alert({ tone, title, children, live = true, className }: AlertProps) {
  const Icon = ICONS[tone];
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div className={['alert', `alert--${tone}`, className ?? ''].join(' ')} role={role}>
      <Icon className="alert-icon" aria-hidden="true" size={20} />
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
