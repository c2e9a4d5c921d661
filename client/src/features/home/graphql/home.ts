import { graphql } from '../../../gql';

export const HomeQuery = graphql(`
  query Home {
    spaces {
      id
      name
      slug
      description
      visibility
    }
    recentDocuments(limit: 8) {
      id
      title
      slug
      updatedAt
      updatedBy {
        id
        name
        structure {
          id
          name
          shortName
          color
        }
      }
      space {
        id
        name
        slug
      }
    }
  }
`);
