export * from './roles';
export * from './permissions';
export * from './document-schema';
export * as build from './document-builders';
export * from './collaboration';
export * from './paste-cleaning';
export * from './diff';
