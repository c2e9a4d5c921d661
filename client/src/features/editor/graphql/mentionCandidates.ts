import { graphql } from '../../../gql';

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($documentId: ID!, $search: String!) {
    mentionCandidates(documentId: $documentId, search: $search) {
      id
      kind
      label
      structure {
        id
        name
        shortName
        color
      }
    }
  }
`);
