import { graphql } from '../../../gql';

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
      slug
      title
    }
  }
`);

export const RenameDocumentMutation = graphql(`
  mutation RenameDocument($id: ID!, $title: String!) {
    renameDocument(id: $id, title: $title) {
      id
      title
      slug
    }
  }
`);

export const MoveDocumentMutation = graphql(`
  mutation MoveDocument($input: MoveDocumentInput!) {
    moveDocument(input: $input) {
      id
      position
      parent {
        id
      }
    }
  }
`);

export const TrashDocumentMutation = graphql(`
  mutation TrashDocument($id: ID!) {
    trashDocument(id: $id) {
      id
      deletedAt
    }
  }
`);

export const RestoreDocumentMutation = graphql(`
  mutation RestoreDocument($id: ID!) {
    restoreDocument(id: $id) {
      id
      slug
      deletedAt
    }
  }
`);

export const PurgeDocumentMutation = graphql(`
  mutation PurgeDocument($id: ID!) {
    purgeDocument(id: $id)
  }
`);
