/**
 * Astro integration: runs the content integrity check before Astro loads content, so
 * `astro build`, `astro dev` and `astro check` fail with the file and field of any problem,
 * including a figure its cited source (src/content/sources.yaml) does not state.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkIntegrity, formatProblems, type IntegrityStats } from '../lib/checks/integrity';
import { readRegister } from '../lib/content/sourceRegister';
import { readContentFiles } from '../lib/content/catalogue';
import { missingKeys } from '../i18n/uiStrings';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { loadedLocales } from '../i18n/buildLocales';
import { uiStrings } from '../i18n/uiStrings';

/** UI-string files missing keys of the English file, as integrity problems. */
function uiProblems() {
  return localeCodes
    .filter((code) => code !== defaultLocale)
    .flatMap((code) =>
      missingKeys(uiStrings[defaultLocale], uiStrings[code]).map((key) => ({
        file: `src/i18n/ui/${code}.json`,
        field: key,
        message: `missing; every locale needs every key of src/i18n/ui/${defaultLocale}.json`,
      })),
    );
}

export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const files = readContentFiles(fileURLToPath(new URL('content/', config.srcDir)), root);
        const register = readRegister(root);
        const stats: IntegrityStats = { figures: 0 };
        // A locale shard checks the bodies it shows (its locales' and English); the others' shards check theirs.
        const bodiesOf = loadedLocales();
        const problems = [...checkIntegrity(files, register, stats, { bodiesOf }), ...uiProblems()];
        if (problems.length > 0) throw new Error(formatProblems(problems));
        const bodies =
          bodiesOf.length === localeCodes.length ? '' : ` (bodies of ${bodiesOf.join(', ')}: the other locales' shards check theirs)`;
        logger.info(
          `${files.length} content files passed the integrity check${bodies}; ${stats.figures} cited figures agree with the ${register.records.size} sources of the register`,
        );
      },
    },
  };
}
