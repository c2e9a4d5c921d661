// The administration pages, loaded on demand by the router.
export { AdminLayout } from './components/AdminLayout';
export { StructuresPage } from './components/StructuresPage';
export { SpacesPage } from './components/SpacesPage';
export { AccountsPage } from './components/AccountsPage';
export { InvitationsPage } from './components/InvitationsPage';
