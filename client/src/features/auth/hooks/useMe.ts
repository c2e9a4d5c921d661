import { roleCan, type Action } from '@cocon/shared/permissions';
import { useQuery } from 'urql';
import { MeQuery } from '../graphql/session';
import type { MeQuery as MeQueryResult } from '../../../gql/graphql';

export type Me = NonNullable<MeQueryResult['me']>;

/** The person using Cocon (null for the public) and what their role allows. */
export function useMe() {
  const [{ data, fetching, error }] = useQuery({ query: MeQuery });
  const me = data?.me ?? null;
  return {
    me,
    /** True until the first answer: pages wait for it before deciding what to show. */
    loading: fetching && !data,
    error,
    can: (action: Action) => roleCan(me?.role ?? null, action),
  };
}
