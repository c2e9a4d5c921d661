import { CurrentSpaceNav } from '../features/spaces/components/CurrentSpaceNav';
import { SpacesNav } from '../features/spaces/components/SpacesNav';
import { ArchivesNav } from '../features/versions/components/ArchivesNav';
import { useCurrentSpaceSlug } from './currentSpace';

/** The spaces, then the open space's documents: in the left column on a desktop, in the "Menu" drawer on a phone. */
export function Sidebar() {
  const slug = useCurrentSpaceSlug();
  return (
    <div className="sidebar">
      <SpacesNav currentSlug={slug} />
      {slug && <CurrentSpaceNav slug={slug} />}
      <ArchivesNav />
    </div>
  );
}
