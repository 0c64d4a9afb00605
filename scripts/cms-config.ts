/** `npm run cms:config`: writes the editor's configuration (public/admin/config.yml) from the schemas. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildCmsConfig, cmsConfigPath, renderCmsConfig } from './cms/cmsConfig';

const config = buildCmsConfig();
writeFileSync(cmsConfigPath, renderCmsConfig(config));
console.log(`${relative(process.cwd(), cmsConfigPath)}: ${config.collections.length} collections, ${config.i18n.locales.length} locales`);
