import { useQuery } from 'urql';
import { SpaceQuery } from '../graphql/spaces';

/** A space, shared by the sidebar, the space page and the dialogs (one request, one cache entry); its tree: useLazyTree. */
export function useSpace(slug: string | null | undefined) {
  const [{ data, fetching, error, operation }] = useQuery({
    query: SpaceQuery,
    variables: { slug: slug ?? '' },
    pause: !slug,
  });
  // While another space loads, urql still holds the previous answer: it must not pass for this one.
  const current = operation?.variables.slug === slug;
  const space = current ? (data?.space ?? null) : null;
  return { space, loading: !current || (fetching && !data), error };
}
