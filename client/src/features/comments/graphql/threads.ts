import { graphql } from '../../../gql';

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    threadId
    body
    state
    createdAt
    editedAt
    hiddenReason
    canEdit
    canModerate
    role
    author {
      id
      name
    }
    structure {
      id
      name
      shortName
      color
    }
    mentions {
      kind
      id
      offset
      length
    }
    moderationHistory {
      action
      reason
      createdAt
      moderator {
        id
        name
      }
    }
  }
`);

export const ThreadFieldsFragment = graphql(`
  fragment ThreadFields on CommentThread {
    id
    documentId
    excerpt
    chapter
    textDeleted
    status
    createdAt
    lastActivityAt
    resolvedAt
    resolvedBy {
      id
      name
    }
    canReply
    canResolve
    commentCount
    anchor {
      from
      to
    }
    comments {
      ...CommentFields
    }
  }
`);

export const CommentThreadsQuery = graphql(`
  query CommentThreads($documentId: ID!, $filter: CommentFilterInput) {
    commentThreads(documentId: $documentId, filter: $filter) {
      ...ThreadFields
    }
  }
`);

export const CommentContextQuery = graphql(`
  query CommentContext($documentId: ID!) {
    document(id: $documentId) {
      id
      title
      slug
      canComment
      space {
        id
        slug
        commentRoles
      }
    }
    documentCommentSummary(documentId: $documentId) {
      openCount
      resolvedCount
      chapters {
        chapter
        openCount
        resolvedCount
      }
      participants {
        person {
          id
          name
        }
        structure {
          id
          name
          shortName
          color
        }
      }
      structures {
        structure {
          id
          name
          shortName
          color
        }
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      mentionWarnings
      thread {
        ...ThreadFields
      }
    }
  }
`);

export const ReplyToThreadMutation = graphql(`
  mutation ReplyToThread($input: ReplyToThreadInput!) {
    replyToThread(input: $input) {
      mentionWarnings
      thread {
        ...ThreadFields
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      mentionWarnings
      thread {
        ...ThreadFields
      }
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      threadId
      thread {
        ...ThreadFields
      }
    }
  }
`);

export const ResolveThreadMutation = graphql(`
  mutation ResolveThread($id: ID!) {
    resolveThread(id: $id) {
      ...ThreadFields
    }
  }
`);

export const ReopenThreadMutation = graphql(`
  mutation ReopenThread($id: ID!) {
    reopenThread(id: $id) {
      ...ThreadFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UnhideCommentMutation = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const CommentEventsSubscription = graphql(`
  subscription CommentEvents($documentId: ID!) {
    commentEvents(documentId: $documentId) {
      kind
      threadId
      commentId
      actor {
        id
        name
      }
      thread {
        ...ThreadFields
      }
    }
  }
`);
