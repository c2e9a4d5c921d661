import { useState } from 'react';
import { useMutation } from 'urql';
import type { AccountsQuery, Role } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { Form, FormActions, useFormErrors } from '../../../ui/Form';
import { Select } from '../../../ui/Select';
import { UpdateUserMutation } from '../graphql/accounts';
import { roleOptions, structureOptions } from './labels';

type Account = AccountsQuery['users'][number];

interface Props {
  account: Account;
  structures: AccountsQuery['structures'];
  onClose: () => void;
}

export function EditAccountDialog({ account, structures, onClose }: Props) {
  return (
    <ModalDialog title={`Modifier le compte de ${account.name}`} isOpen onOpenChange={(isOpen) => !isOpen && onClose()}>
      <EditAccountForm account={account} structures={structures} onDone={onClose} />
    </ModalDialog>
  );
}

function EditAccountForm({ account, structures, onDone }: { account: Account; structures: Props['structures']; onDone: () => void }) {
  const [{ fetching }, update] = useMutation(UpdateUserMutation);
  const [role, setRole] = useState<string>(account.role);
  const [structureId, setStructureId] = useState(account.structure.id);
  const errors = useFormErrors(['role', 'structureId']);

  const submit = async () => {
    const result = await update({ input: { id: account.id, role: role as Role, structureId } });
    if (result.error) return errors.show(result.error);
    onDone();
  };

  return (
    <Form onSubmit={() => void submit()} fieldErrors={errors.fieldErrors} formError={errors.formError}>
      <p className="muted">{account.email}</p>
      <Select label="Rôle" name="role" errorMessage={errors.fieldErrors.role} options={roleOptions} value={role} onChange={setRole} isRequired />
      <Select
        label="Structure"
        name="structureId"
        errorMessage={errors.fieldErrors.structureId}
        options={structureOptions(structures)}
        value={structureId}
        onChange={setStructureId}
        isRequired
      />
      <FormActions>
        <Button onPress={onDone}>Annuler</Button>
        <Button type="submit" variant="primary" isPending={fetching}>
          Enregistrer
        </Button>
      </FormActions>
    </Form>
  );
}
