import type { ReactNode } from 'react';
import { ChevronDown } from 'lucide-react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select as RACSelect, SelectValue, Text, type Key } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
  /** Shown in the list only, e.g. the indentation of a document in its tree. */
  display?: ReactNode;
}

interface SelectProps {
  label: string;
  name?: string;
  options: SelectOption[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
}

/** A labelled list to choose one value from, with its error under it like a text field. */
export function Select({ label, name, options, value, onChange, description, errorMessage, placeholder, isRequired, isDisabled, className }: SelectProps) {
  return (
    <RACSelect
      className={['field', className ?? ''].join(' ')}
      name={name}
      value={value}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      placeholder={placeholder ?? 'Choisir…'}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={!!errorMessage}
    >
      <span className="field-label-row">
        <Label className="field-label">{label}</Label>
        {isRequired && (
          <span className="field-required" aria-hidden="true">
            (obligatoire)
          </span>
        )}
      </span>
      <Button className="field-input select-button">
        <SelectValue className="select-value" />
        <ChevronDown aria-hidden="true" size={18} />
      </Button>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover select-popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} aria-label={option.display ? option.label : undefined} className="listbox-item">
              {option.display ?? option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RACSelect>
  );
}
