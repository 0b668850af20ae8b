export * from './validate-question';
