import { Printer } from 'lucide-react';
import { Button } from '../../../ui/Button';

/** Opens the browser's print dialog; the page's print stylesheet leaves out the menus and buttons. */
export function PrintButton() {
  return (
    <Button size="small" onPress={() => window.print()}>
      <Printer aria-hidden="true" size={16} />
      Imprimer
    </Button>
  );
}
