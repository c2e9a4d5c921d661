import { useMutation } from 'urql';
import { useNavigate } from 'react-router';
import { useResetSession } from '../../../app/GraphqlProvider';
import { LogoutMutation } from '../graphql/session';

export function useLogout() {
  const [, logout] = useMutation(LogoutMutation);
  const resetSession = useResetSession();
  const navigate = useNavigate();
  return async () => {
    await logout({});
    resetSession();
    navigate('/', { state: { loggedOut: true } });
  };
}
