import { graphql } from '../../../gql';

export const CollabTokenQuery = graphql(`
  query CollabToken($documentId: ID!) {
    collabToken(documentId: $documentId)
  }
`);
