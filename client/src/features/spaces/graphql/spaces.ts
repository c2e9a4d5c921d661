import { graphql } from '../../../gql';

export const SpacesQuery = graphql(`
  query Spaces {
    spaces {
      id
      name
      slug
      visibility
    }
  }
`);

/** A space, shared by the sidebar, the space page and the dialogs (one request, one cache entry); its tree comes a level at a time (tree.ts). */
export const SpaceQuery = graphql(`
  query Space($slug: String!) {
    space(slug: $slug) {
      id
      name
      slug
      description
      visibility
      canEdit
    }
  }
`);
