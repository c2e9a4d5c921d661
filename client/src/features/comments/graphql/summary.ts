import { graphql } from '../../../gql';

export const SummaryFieldsFragment = graphql(`
  fragment SummaryFields on CommentSummary {
    openCount
    resolvedCount
    structures {
      structure {
        id
        name
        shortName
        color
      }
      openCount
      resolvedCount
      commentCount
      chapters {
        chapter
        openCount
        resolvedCount
        document {
          id
          title
          slug
        }
      }
      threads {
        id
        excerpt
        chapter
        status
        textDeleted
        commentCount
        lastActivityAt
        document {
          id
          title
          slug
        }
        comments {
          id
          body
          state
          structure {
            id
          }
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export const DocumentSummaryQuery = graphql(`
  query DocumentCommentSummary($documentId: ID!) {
    document(id: $documentId) {
      id
      title
      slug
      space {
        id
        name
        slug
      }
    }
    documentCommentSummary(documentId: $documentId) {
      ...SummaryFields
    }
  }
`);

export const SpaceSummaryQuery = graphql(`
  query SpaceCommentSummary($slug: String!) {
    space(slug: $slug) {
      id
      name
      slug
    }
  }
`);

export const SpaceSummaryByIdQuery = graphql(`
  query SpaceCommentSummaryById($spaceId: ID!) {
    spaceCommentSummary(spaceId: $spaceId) {
      ...SummaryFields
    }
  }
`);
