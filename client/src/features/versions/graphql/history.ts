import { graphql } from '../../../gql';

/** How many revisions a page of the timeline shows. */
export const REVISIONS_PER_PAGE = 30;

export const DocumentHistoryQuery = graphql(`
  query DocumentHistory($id: ID!, $limit: Int!) {
    document(id: $id) {
      ...HistoryDocument
      revisions(limit: $limit) {
        ...RevisionSummary
      }
      events {
        id
        kind
        at
        before
        after
        actor {
          ...HistoryPerson
        }
      }
      officialVersions {
        ...OfficialVersionSummary
      }
    }
  }
`);

export const OlderRevisionsQuery = graphql(`
  query OlderRevisions($id: ID!, $before: Int!, $limit: Int!) {
    document(id: $id) {
      id
      revisions(before: $before, limit: $limit) {
        ...RevisionSummary
      }
    }
  }
`);

/** What the "Comparer" form offers: the latest revisions and every official version's, with their labels. */
export const ComparableRevisionsQuery = graphql(`
  query ComparableRevisions($id: ID!) {
    document(id: $id) {
      id
      revisions(limit: 200) {
        id
        number
        createdAt
        name
        officialVersions {
          id
          label
          status
        }
      }
      officialVersions {
        id
        label
        status
        revision {
          id
          number
          createdAt
          name
        }
      }
    }
  }
`);

/** Just enough of a document to title a page of its history. */
export const HistoryDocumentQuery = graphql(`
  query HistoryDocumentHead($id: ID!) {
    document(id: $id) {
      ...HistoryDocument
    }
  }
`);
