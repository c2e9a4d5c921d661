import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

interface CurrentSpace {
  slug: string | null;
  setSlug: (slug: string | null) => void;
}

const CurrentSpaceContext = createContext<CurrentSpace>({ slug: null, setSlug: () => undefined });

/** Which space the sidebar shows the tree of: the one the open page belongs to. */
export function CurrentSpaceProvider({ children }: { children: ReactNode }) {
  const [slug, setSlug] = useState<string | null>(null);
  return <CurrentSpaceContext.Provider value={{ slug, setSlug }}>{children}</CurrentSpaceContext.Provider>;
}

export const useCurrentSpaceSlug = () => useContext(CurrentSpaceContext).slug;

/** Pages inside a space call this; the sidebar keeps showing that space's tree until another page sets one. */
export function useSetCurrentSpace(slug: string | null | undefined) {
  const { setSlug } = useContext(CurrentSpaceContext);
  useEffect(() => {
    if (slug) setSlug(slug);
  }, [slug, setSlug]);
}
