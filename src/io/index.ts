/** Reading data (DESIGN §1): the public surface of src/io. */
export { readTable, inspectTable, readColumnNames, formatOf, EXTENSIONS } from './read.js';
export { MISSING_TOKENS } from '../values/grammar.js';
export { MAX_CATEGORICAL_INTEGER_VALUES } from './raw-column.js';
export type * from '../contract/table.js';
