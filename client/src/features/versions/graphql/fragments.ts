import { graphql } from '../../../gql';

export const HistoryStructureFragment = graphql(`
  fragment HistoryStructure on Structure {
    id
    name
    shortName
    color
  }
`);

export const HistoryPersonFragment = graphql(`
  fragment HistoryPerson on User {
    id
    name
    structure {
      ...HistoryStructure
    }
  }
`);

/** Where a page of the history sits: its space and parents, for the breadcrumbs. */
export const HistoryDocumentFragment = graphql(`
  fragment HistoryDocument on Document {
    id
    title
    slug
    canEdit
    deletedAt
    space {
      id
      name
      slug
    }
    ancestors {
      id
      title
      slug
    }
  }
`);

export const RevisionSummaryFragment = graphql(`
  fragment RevisionSummary on Revision {
    id
    number
    createdAt
    cause
    name
    title
    wordCount
    frozenAt
    restoredFromNumber
    changes {
      wordsAdded
      wordsRemoved
      sectionsTouched
    }
    contributors {
      ...HistoryPerson
    }
    contributorStructures {
      ...HistoryStructure
    }
    createdBy {
      ...HistoryPerson
    }
    officialVersions {
      id
      label
      slug
      status
      archivePath
    }
  }
`);

export const OfficialVersionSummaryFragment = graphql(`
  fragment OfficialVersionSummary on OfficialVersion {
    id
    label
    slug
    status
    effectiveDate
    note
    proposedAt
    decidedAt
    archivePath
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
    }
    events {
      id
      action
      at
      note
      actor {
        ...HistoryPerson
      }
    }
  }
`);
