import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      structure {
        id
        name
        shortName
        color
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      name
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
