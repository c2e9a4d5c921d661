import { graphql } from '../../../gql';

export const ArchiveQuery = graphql(`
  query Archive {
    archive {
      id
      label
      slug
      effectiveDate
      decidedAt
      archivePath
      decidedBy {
        ...HistoryPerson
      }
      revision {
        id
      }
      document {
        id
        title
        slug
        space {
          id
          name
          slug
        }
      }
    }
  }
`);

export const ArchivedVersionQuery = graphql(`
  query ArchivedVersion($archiveSlug: String!, $slug: String!) {
    archivedVersion(archiveSlug: $archiveSlug, slug: $slug) {
      id
      label
      slug
      status
      effectiveDate
      note
      proposedAt
      decidedAt
      proposedBy {
        ...HistoryPerson
      }
      decidedBy {
        ...HistoryPerson
      }
      revision {
        id
        number
        createdAt
        content
      }
      document {
        id
        title
        slug
        space {
          id
          name
          slug
        }
        officialVersions {
          id
          label
          slug
          status
          effectiveDate
          archivePath
          revision {
            id
            number
          }
        }
      }
    }
  }
`);
