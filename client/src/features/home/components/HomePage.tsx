import { Link } from 'react-aria-components';
import { useQuery } from 'urql';
import { Alert } from '../../../ui/Alert';
import { EmptyState } from '../../../ui/EmptyState';
import { GLOSSARY, Jargon } from '../../../ui/Jargon';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { toShownError } from '../../../lib/errors';
import { useMe } from '../../auth/hooks/useMe';
import { RecentDocuments } from './RecentDocuments';
import { SpaceCards } from './SpaceCards';
import { HomeQuery } from '../graphql/home';

const context = { additionalTypenames: ['Document', 'Space'] };

export function HomePage() {
  const { me, loading: meLoading } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery, context });

  return (
    <div className="page">
      <PageHeading title="Accueil">{me ? `Bonjour ${me.name}` : 'Bienvenue sur Cocon'}</PageHeading>
      <p className="lead">
        Cocon rassemble les documents que les partenaires des Espaces Sociaux Communs (<Jargon term="ESC" />) de Rennes écrivent ensemble pour le dispositif
        e-inclusion : le <Jargon term="Socle commun">socle commun</Jargon>, les comptes rendus des rencontres, les consultations et les ressources partagées.
      </p>
      {!meLoading && !me && (
        <p>
          Vous consultez les espaces publics. Les partenaires du dispositif{' '}
          <Link href="/connexion" className="text-link">
            se connectent
          </Link>{' '}
          pour voir les autres espaces et écrire.
        </p>
      )}
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data ? (
        <>
          <section aria-labelledby="home-spaces" className="section">
            <h2 id="home-spaces">Espaces</h2>
            {data.spaces.length === 0 ? (
              <EmptyState title="Aucun espace à afficher pour l’instant.">
                <p>Les espaces rangent les documents par sujet. Un administrateur de Cocon les crée.</p>
              </EmptyState>
            ) : (
              <SpaceCards spaces={data.spaces} />
            )}
          </section>
          <section aria-labelledby="home-recent" className="section">
            <h2 id="home-recent">Modifiés récemment</h2>
            {data.recentDocuments.length === 0 ? (
              <EmptyState title="Aucun document pour l’instant.">
                <p>Les documents créés ou modifiés apparaîtront ici, des plus récents aux plus anciens.</p>
              </EmptyState>
            ) : (
              <RecentDocuments documents={data.recentDocuments} />
            )}
          </section>
        </>
      ) : null}
      <section aria-labelledby="home-glossary" className="section">
        <h2 id="home-glossary">Les mots du dispositif</h2>
        <dl className="facts">
          {Object.entries(GLOSSARY).map(([term, meaning]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
