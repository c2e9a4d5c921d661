import { lazy, Suspense } from 'react';
import { SpacesNav } from '../features/spaces/components/SpacesNav';
import { ArchivesNav } from '../features/versions/components/ArchivesNav';
import { useCurrentSpaceSlug } from './currentSpace';

const CurrentSpaceNav = lazy(async () => ({ default: (await import('../features/spaces/components/CurrentSpaceNav')).CurrentSpaceNav }));

/** The spaces, then the open space's documents: in the left column on a desktop, in the "Menu" drawer on a phone. */
export function Sidebar() {
  const slug = useCurrentSpaceSlug();
  return (
    <div className="sidebar">
      <SpacesNav currentSlug={slug} />
      {slug && (
        <Suspense fallback={null}>
          <CurrentSpaceNav slug={slug} />
        </Suspense>
      )}
      <ArchivesNav />
    </div>
  );
}
