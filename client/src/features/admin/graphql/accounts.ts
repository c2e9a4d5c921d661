import { graphql } from '../../../gql';

export const AccountsQuery = graphql(`
  query Accounts {
    users {
      id
      name
      email
      role
      disabled
      invitationPending
      createdAt
      lastSeenAt
      structure {
        id
        name
        shortName
        color
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

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      name
      role
      disabled
      structure {
        id
        name
        shortName
        color
      }
    }
  }
`);

export const CreatePasswordResetLinkMutation = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) {
      link
      emailed
    }
  }
`);
