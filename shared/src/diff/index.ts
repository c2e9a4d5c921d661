export * from './blocks';
export * from './align';
export * from './words';
export * from './document-diff';
export * from './provenance';
export * from './tasks';
