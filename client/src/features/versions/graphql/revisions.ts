import { graphql } from '../../../gql';

export const RevisionQuery = graphql(`
  query Revision($id: ID!) {
    revision(id: $id) {
      ...RevisionSummary
      content
      document {
        ...HistoryDocument
      }
    }
  }
`);

/** The revision just before another one, for "Comparer avec la précédente". */
export const PreviousRevisionQuery = graphql(`
  query PreviousRevision($documentId: ID!, $before: Int!) {
    document(id: $documentId) {
      id
      revisions(before: $before, limit: 1) {
        id
        number
      }
    }
  }
`);

export const CompareRevisionsQuery = graphql(`
  query CompareRevisions($fromId: ID!, $toId: ID) {
    compareRevisions(fromId: $fromId, toId: $toId) {
      from {
        ...RevisionSummary
        document {
          ...HistoryDocument
        }
      }
      to {
        ...RevisionSummary
      }
      diff
    }
  }
`);

export const DocumentProvenanceQuery = graphql(`
  query DocumentProvenance($documentId: ID!) {
    document(id: $documentId) {
      ...HistoryDocument
      officialVersions {
        id
        label
        slug
        status
        revision {
          id
          number
        }
      }
    }
    documentProvenance(documentId: $documentId) {
      index
      type
      level
      text
      pending
      origin {
        id
        number
        createdAt
        officialVersions {
          id
          label
          slug
          status
        }
        contributors {
          ...HistoryPerson
        }
        contributorStructures {
          ...HistoryStructure
        }
      }
      changedIn {
        id
        number
        createdAt
        officialVersions {
          id
          label
          slug
          status
        }
        contributors {
          ...HistoryPerson
        }
        contributorStructures {
          ...HistoryStructure
        }
      }
      firstOfficialVersion {
        id
        label
        slug
        revision {
          id
          number
        }
      }
      wordingSinceOfficialVersion {
        id
        label
        slug
        revision {
          id
          number
        }
      }
    }
  }
`);
