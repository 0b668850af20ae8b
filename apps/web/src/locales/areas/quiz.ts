import en from '../en/quiz.json';
import lo from '../lo/quiz.json';
import { addMessages } from '../../lib/i18n';
import type { AreaMessages } from '..';

/** The quiz area's words, registered when the first module that needs them loads. */
export const quizMessages: AreaMessages<typeof lo> = { lo, en };
addMessages(quizMessages);
