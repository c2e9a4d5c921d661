import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form as RACForm } from 'react-aria-components';
import type { CombinedError } from '@urql/core';
import { toShownError } from '../lib/errors';
import { Alert } from './Alert';

export type FieldErrors = Record<string, string>;

/**
 * Errors of one form: those the server names a field for go next to that field, the others above
 * the buttons. `fields` lists the field names the form shows.
 */
export function useFormErrors(fields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    fieldErrors,
    formError,
    clear() {
      setFieldErrors({});
      setFormError(null);
    },
    /** Checks done in the browser before sending; returns true when there is nothing to say. */
    check(errors: FieldErrors): boolean {
      setFieldErrors(errors);
      setFormError(null);
      return Object.keys(errors).length === 0;
    },
    show(error: CombinedError) {
      const shown = toShownError(error);
      if (shown.field && fields.includes(shown.field)) {
        setFieldErrors({ [shown.field]: shown.message });
        setFormError(null);
      } else {
        setFieldErrors({});
        setFormError(shown.message);
      }
    },
  };
}

interface FormProps {
  onSubmit: () => void;
  fieldErrors: FieldErrors;
  formError: string | null;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/**
 * A form checked by us, never by the browser's English bubbles (aria validation); each field receives
 * its own error. After a failed submit, focus goes to the first field in error.
 */
export function Form({ onSubmit, fieldErrors, formError, children, className, ...aria }: FormProps) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(fieldErrors).length === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <RACForm ref={ref} {...aria} className={['form', className ?? ''].join(' ')} validationBehavior="aria" onSubmit={submit}>
      {children}
      {formError && <Alert tone="error">{formError}</Alert>}
    </RACForm>
  );
}

/** A row of buttons at the end of a form or a dialog. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}
