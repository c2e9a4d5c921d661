import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A display setting kept in the address (?vue=cote-a-cote) so that a shared or reloaded link shows the same thing.
 * The address is replaced in place, without a navigation: a navigation would move focus to the page's title.
 */
export function useAddressParam<T extends string>(name: string, values: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params] = useSearchParams();
  const initial = params.get(name);
  const [value, setValue] = useState<T>(values.includes(initial as T) ? (initial as T) : fallback);
  const update = (next: T) => {
    setValue(next);
    const url = new URL(window.location.href);
    if (next === fallback) url.searchParams.delete(name);
    else url.searchParams.set(name, next);
    window.history.replaceState(window.history.state, '', url);
  };
  return [value, update];
}
