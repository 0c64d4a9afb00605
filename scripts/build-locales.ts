/**
 * `npm run --silent build:locales`: the locale codes of src/i18n/locales.ts as a JSON array, for
 * the CI workflow's shard matrix, so a new locale gets its shard with no edit to the workflow.
 */
import { localeCodes } from '../src/i18n/locales';

console.log(JSON.stringify(localeCodes));
