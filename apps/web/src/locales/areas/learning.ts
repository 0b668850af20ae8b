import en from '../en/learning.json';
import lo from '../lo/learning.json';
import { addMessages } from '../../lib/i18n';
import type { AreaMessages } from '..';

/** The learning area's words, registered when the first module that needs them loads. */
export const learningMessages: AreaMessages<typeof lo> = { lo, en };
addMessages(learningMessages);
