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

/** One query for a space and its whole tree: the sidebar, the space page and the move dialog share its result. */
export const SpaceQuery = graphql(`
  query Space($slug: String!) {
    space(slug: $slug) {
      id
      name
      slug
      description
      visibility
      canEdit
      tree {
        id
        title
        slug
        parentId
        position
      }
    }
  }
`);
