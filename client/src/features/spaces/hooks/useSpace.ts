import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceQuery } from '../graphql/spaces';
import { buildTree } from '../lib/tree';

// The tree lists DocumentTreeItem, not Document: without this, creating or moving a document would not refresh it.
const context = { additionalTypenames: ['Document'] };

/** A space with its tree, shared by the sidebar, the space page and the move dialog (one request, one cache entry). */
export function useSpace(slug: string | null | undefined) {
  const [{ data, fetching, error, operation }] = useQuery({
    query: SpaceQuery,
    variables: { slug: slug ?? '' },
    pause: !slug,
    context,
  });
  // While another space loads, urql still holds the previous answer: it must not pass for this one.
  const current = operation?.variables.slug === slug;
  const space = current ? (data?.space ?? null) : null;
  const tree = useMemo(() => buildTree(space?.tree ?? []), [space?.tree]);
  return { space, tree, loading: !current || (fetching && !data), error };
}
