export * from './roles';
export * from './permissions';
export * from './document-schema';
export * from './content-rules';
export * from './content-check';
export * as build from './document-builders';
export * from './collaboration';
export * from './paste-cleaning';
export * from './diff';
