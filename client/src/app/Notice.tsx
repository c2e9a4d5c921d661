import { useLocation } from 'react-router';
import { Alert } from '../ui/Alert';

/** A short confirmation carried by a navigation ("vous êtes connecté·e"), shown once at the top of the next page. */
export function Notice() {
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  if (typeof notice !== 'string') return null;
  return (
    <Alert tone="success" className="page-notice">
      <p>{notice}</p>
    </Alert>
  );
}
