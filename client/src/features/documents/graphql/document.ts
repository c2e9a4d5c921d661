import { graphql } from '../../../gql';

export const DocumentQuery = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      id
      title
      slug
      content
      createdAt
      updatedAt
      deletedAt
      canEdit
      parent {
        id
      }
      ancestors {
        id
        title
        slug
      }
      children {
        id
        title
        slug
      }
      space {
        id
        name
        slug
        canEdit
      }
      createdBy {
        id
        name
      }
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
    }
  }
`);

export const TrashQuery = graphql(`
  query Trash($spaceId: ID!) {
    trash(spaceId: $spaceId) {
      id
      title
      slug
      deletedAt
      deletedBy {
        id
        name
        structure {
          id
          name
          shortName
          color
        }
      }
    }
  }
`);
