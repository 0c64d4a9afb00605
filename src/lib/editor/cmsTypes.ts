/**
 * The part of Decap CMS's configuration we generate (https://decapcms.org/docs/configuration-options/),
 * typed so the generator cannot emit an option Decap does not know.
 */

/** Field-level i18n: `true` each locale has its own value; `duplicate` the English value is copied to every locale. */
export type CmsFieldI18n = true | 'duplicate';

export interface CmsSelectOption {
  label: string;
  value: string;
}

export interface CmsField {
  name: string;
  label: string;
  /** Decap's own widgets, and ours (src/client/admin/): `translation-stamp` records which English a translation matches. */
  widget:
    'string' | 'text' | 'markdown' | 'select' | 'relation' | 'list' | 'boolean' | 'number' | 'datetime' | 'hidden' | 'translation-stamp';
  required?: boolean;
  i18n?: CmsFieldI18n;
  hint?: string;
  /** A regular expression (as source text) and the message shown when the value does not match. */
  pattern?: [string, string];
  default?: string | number | boolean | readonly string[] | readonly never[];
  /** select */
  options?: CmsSelectOption[];
  /** select, relation */
  multiple?: boolean;
  /** list, select (multiple), relation (multiple): item counts; number: value bounds */
  min?: number;
  max?: number;
  /** number */
  value_type?: 'int' | 'float';
  /** relation */
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  /** list of single values */
  field?: CmsField;
  /** list of objects */
  fields?: CmsField[];
  /** list: what one item is called ("Add change note") */
  label_singular?: string;
  summary?: string;
  /** datetime */
  format?: string;
  date_format?: string;
  time_format?: boolean;
  /** markdown */
  modes?: Array<'raw' | 'rich_text'>;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  extension: 'mdx';
  /** Our canonical file format, registered by the editor page (src/lib/content/contentFormat.ts, editorFormatName). */
  format: string;
  /** The file name of a new entry; by default the English title, as an ASCII slug. */
  slug?: string;
  create: boolean;
  i18n: true;
  identifier_field: string;
  summary: string;
  fields: CmsField[];
}

/** A Git provider the deployed editor commits through. */
export interface CmsGitBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
}

export type CmsBackend = CmsGitBackend | { name: 'test-repo' };

export interface CmsConfig {
  backend: CmsBackend;
  /** On localhost, talk to `decap-server` (npm run cms) instead of the Git provider; `url` when it is not on port 8081. */
  local_backend?: true | { url: string };
  publish_mode: 'simple';
  media_folder: string;
  public_folder: string;
  locale: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
}
