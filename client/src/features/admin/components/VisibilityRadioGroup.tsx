import { Globe, Lock, Users } from 'lucide-react';
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { SPACE_VISIBILITIES, SPACE_VISIBILITY_LABELS, type SpaceVisibility } from '@cocon/shared/roles';
import './VisibilityRadioGroup.css';

// The same icons as the visibility shown in the sidebar and on a space's page.
const ICONS = { PUBLIC: Globe, MEMBERS: Users, RESTRICTED: Lock };

interface Props {
  value: SpaceVisibility;
  onChange: (value: SpaceVisibility) => void;
  errorMessage?: string;
}

/** Who may read a space: three choices, each with its icon and its plain explanation. */
export function VisibilityRadioGroup({ value, onChange, errorMessage }: Props) {
  return (
    <RadioGroup
      className="field radio-group"
      name="visibility"
      value={value}
      onChange={(picked) => onChange(picked as SpaceVisibility)}
      isInvalid={!!errorMessage}
      isRequired
    >
      <Label className="field-label">Qui peut lire cet espace ?</Label>
      {SPACE_VISIBILITIES.map((visibility) => {
        const Icon = ICONS[visibility];
        return (
          <Radio key={visibility} value={visibility} className="checkbox radio">
            <span className="checkbox-box radio-box" aria-hidden="true" />
            <Icon aria-hidden="true" size={18} className="radio-icon" />
            <span className="checkbox-label">{SPACE_VISIBILITY_LABELS[visibility]}</span>
          </Radio>
        );
      })}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </RadioGroup>
  );
}
