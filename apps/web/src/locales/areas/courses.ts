import en from '../en/courses.json';
import lo from '../lo/courses.json';
import { addMessages } from '../../lib/i18n';
import type { AreaMessages } from '..';

/** The courses area's words, registered when the first module that needs them loads. */
export const coursesMessages: AreaMessages<typeof lo> = { lo, en };
addMessages(coursesMessages);
