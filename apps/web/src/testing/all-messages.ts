// Tests render screens without the lazy routes that would load their words: every area, both languages, at once.
import enCore from '../locales/en/core.json';
import enCourses from '../locales/en/courses.json';
import enLearning from '../locales/en/learning.json';
import enOffline from '../locales/en/offline.json';
import enQuiz from '../locales/en/quiz.json';
import loCourses from '../locales/lo/courses.json';
import loOffline from '../locales/lo/offline.json';
import loQuiz from '../locales/lo/quiz.json';
import { addMessages } from '../lib/i18n';
// Every staff catalogue (staff*.json), as the staff app loads them.
import '../staff/words';

addMessages(['core', 'learning', 'courses', 'quiz', 'offline'], { lo: { ...loCourses, ...loQuiz, ...loOffline }, en: { ...enCore, ...enLearning, ...enCourses, ...enQuiz, ...enOffline } });
