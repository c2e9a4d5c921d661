import { FieldError, Input, Label, Text, TextArea, TextField as RACTextField, type TextFieldProps as RACTextFieldProps } from 'react-aria-components';

export interface TextFieldProps extends Omit<RACTextFieldProps, 'className' | 'children' | 'isInvalid' | 'validate'> {
  label: string;
  /** The error to show under the field; it stays until the form is sent again, so nothing moves under the pointer. */
  errorMessage?: string;
  description?: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
}

/**
 * A labelled text field. Its error (from the server or from the form's own checks) shows under it and
 * is linked to the input by aria-describedby, as is the description.
 */
export function TextField({ label, description, multiline, placeholder, className, errorMessage, ...props }: TextFieldProps) {
  return (
    <RACTextField {...props} isInvalid={!!errorMessage} className={['field', className ?? ''].join(' ')}>
      <span className="field-label-row">
        <Label className="field-label">{label}</Label>
        {/* Outside the label so the field's name stays "Mot de passe"; screen readers hear aria-required. */}
        {props.isRequired && (
          <span className="field-required" aria-hidden="true">
            (obligatoire)
          </span>
        )}
      </span>
      {multiline ? <TextArea className="field-input field-textarea" placeholder={placeholder} /> : <Input className="field-input" placeholder={placeholder} />}
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </RACTextField>
  );
}
