import { graphql } from '../../../gql';

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      status
      createdAt
      expiresAt
      user {
        id
        name
        role
        structure {
          id
          name
          shortName
          color
        }
      }
      createdBy {
        id
        name
      }
    }
    structures {
      id
      name
      shortName
      color
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      link
      emailed
      invitation {
        id
        email
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);
