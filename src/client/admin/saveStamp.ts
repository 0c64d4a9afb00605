/** The editor's one record of the files it read, shared by the file format and the pre-save check (src/lib/editor/saveStamp.ts). */
import { SaveStamp } from '../../lib/editor/saveStamp';

export const saveStamp = new SaveStamp();
