import { useState } from 'react';
import { Copy } from 'lucide-react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';

interface Props {
  link: string | null;
  emailed: boolean;
  email: string;
  /** What the link is for, e.g. "activer son compte". */
  purpose: string;
}

/** The link just created: sent by e-mail, or shown here to be handed over when no mail server is set up. */
export function LinkResult({ link, emailed, email, purpose }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);

  if (emailed || !link) {
    return (
      <Alert tone="success">
        <p>
          Un e-mail avec le lien pour {purpose} a été envoyé à {email}.
        </p>
      </Alert>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Alert tone="info" title="Aucun serveur d’e-mail n’est configuré : transmettez ce lien à la personne" live>
      <p>
        Envoyez-le à {email} par un moyen sûr. Il sert une seule fois, pour {purpose}.
      </p>
      <div className="link-result">
        <TextField label="Lien à transmettre" value={link} isReadOnly className="link-result-field" />
        <Button size="small" onPress={() => void copy()}>
          <Copy aria-hidden="true" size={16} />
          Copier le lien
        </Button>
      </div>
      <p className="muted">
        {copied === true && 'Lien copié.'}
        {copied === false && 'La copie n’a pas fonctionné : sélectionnez le lien et copiez-le à la main.'}
      </p>
    </Alert>
  );
}
