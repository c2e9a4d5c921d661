import { graphql } from '../../../gql';

export const CreateNamedRevisionMutation = graphql(`
  mutation CreateNamedRevision($documentId: ID!, $name: String!) {
    createNamedRevision(documentId: $documentId, name: $name) {
      ...RevisionSummary
    }
  }
`);

export const NameRevisionMutation = graphql(`
  mutation NameRevision($id: ID!, $name: String!) {
    nameRevision(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      ...RevisionSummary
    }
  }
`);

export const ProposeOfficialVersionMutation = graphql(`
  mutation ProposeOfficialVersion($input: ProposeOfficialVersionInput!) {
    proposeOfficialVersion(input: $input) {
      ...OfficialVersionSummary
    }
  }
`);

export const ApproveOfficialVersionMutation = graphql(`
  mutation ApproveOfficialVersion($id: ID!, $note: String) {
    approveOfficialVersion(id: $id, note: $note) {
      ...OfficialVersionSummary
    }
  }
`);

export const WithdrawOfficialVersionMutation = graphql(`
  mutation WithdrawOfficialVersion($id: ID!, $note: String) {
    withdrawOfficialVersion(id: $id, note: $note) {
      ...OfficialVersionSummary
    }
  }
`);
