import { graphql } from '../../../gql';

/** What a row of the tree shows, and whether it unfolds (`childCount`) without loading what is below. */
export const TreeLevelFields = graphql(`
  fragment TreeLevelFields on DocumentTreeLevel {
    parentId
    hasMore
    items {
      id
      title
      slug
      parentId
      position
      childCount
    }
  }
`);

/** One level of a space's tree: its top, or the sub-documents of a document being unfolded. */
export const TreeLevelQuery = graphql(`
  query TreeLevel($slug: String!, $parentId: ID, $first: Int!) {
    space(slug: $slug) {
      id
      treeLevel(parentId: $parentId, first: $first) {
        ...TreeLevelFields
      }
    }
  }
`);

/** In one request, the levels that lead to the open document, so that the sidebar opens on it. */
export const TreePathQuery = graphql(`
  query TreePath($slug: String!, $documentId: ID!, $first: Int!) {
    space(slug: $slug) {
      id
      treePath(documentId: $documentId, first: $first) {
        ...TreeLevelFields
      }
    }
  }
`);
