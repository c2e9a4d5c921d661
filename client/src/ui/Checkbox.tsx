import type { ReactNode } from 'react';
import { Check } from 'lucide-react';
import {
  Checkbox as RACCheckbox,
  CheckboxGroup as RACCheckboxGroup,
  FieldError,
  Label,
  Text,
  type CheckboxProps as RACCheckboxProps,
} from 'react-aria-components';

export function Checkbox({ children, ...props }: Omit<RACCheckboxProps, 'className' | 'children'> & { children: ReactNode }) {
  return (
    <RACCheckbox {...props} className="checkbox">
      <span className="checkbox-box" aria-hidden="true">
        <Check size={16} strokeWidth={3} />
      </span>
      <span className="checkbox-label">{children}</span>
    </RACCheckbox>
  );
}

interface CheckboxGroupProps {
  label: string;
  name?: string;
  description?: string;
  errorMessage?: string;
  value: string[];
  onChange: (value: string[]) => void;
  children: ReactNode;
}

/** Several boxes under one label (a fieldset-like group for screen readers). */
export function CheckboxGroup({ label, name, description, errorMessage, value, onChange, children }: CheckboxGroupProps) {
  return (
    <RACCheckboxGroup className="field checkbox-group" name={name} value={value} onChange={onChange} isInvalid={!!errorMessage}>
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <div className="checkbox-group-items">{children}</div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </RACCheckboxGroup>
  );
}
