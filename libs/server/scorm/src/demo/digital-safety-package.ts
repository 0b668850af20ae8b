import type { Locale } from '@lms/contracts';
import { ZipFile } from 'yazl';
import { DIGITAL_SAFETY_TEXTS, type DigitalSafetyTexts } from './digital-safety-texts';
import { escapeHtml } from '../content/escape-html';

export interface DigitalSafetyOptions {
  /** The language the SCO speaks. Defaults to English. */
  locale?: Locale;
  /** adlcp:masteryscore of the item; null leaves it out. Defaults to 80. */
  masteryScore?: number | null;
  /** The organisation's title. Defaults to the language's "Digital safety basics". */
  title?: string;
  /** Extra files, or replacements for the package's own. */
  files?: Record<string, string | Buffer>;
  /** Replaces imsmanifest.xml. */
  manifest?: string;
}

/** The manifest's identifier, the same in every language: how the demo seed knows the package. */
export const DIGITAL_SAFETY_IDENTIFIER = 'lane-digital-safety-basics';
export const DIGITAL_SAFETY_LAUNCH = 'sco/index.html';


function manifest(title: string, masteryScore: number | null): string {
  const mastery = masteryScore === null ? '' : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${DIGITAL_SAFETY_IDENTIFIER}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${escapeHtml(title)}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${escapeHtml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="${DIGITAL_SAFETY_LAUNCH}">
      <file href="sco/index.html"/>
      <file href="sco/quiz.js"/>
      <file href="sco/style.css"/>
    </resource>
  </resources>
</manifest>
`;
}

function indexHtml(t: DigitalSafetyTexts, lang: Locale): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${e(t.title)}</title>
  <link rel="stylesheet" href="style.css">
</head>
<body>
  <main>
    <p class="learner">${e(t.learner)} <span id="learner"></span></p>
    <p id="resumed" class="note" hidden></p>
    <section id="step-1">
      <h1>${e(t.step1Heading)}</h1>
      <p>${e(t.step1Paragraphs[0])}</p>
      <p>${e(t.step1Paragraphs[1])}</p>
      <button type="button" id="next">${e(t.next)}</button>
    </section>
    <section id="step-2" hidden>
      <h1>${e(t.step2Heading)}</h1>
      <fieldset>
        <legend>${e(t.question)}</legend>
        <label><input type="radio" name="answer" id="answer-right" value="right"> ${e(t.rightAnswer)}</label>
        <label><input type="radio" name="answer" id="answer-wrong" value="wrong"> ${e(t.wrongAnswer)}</label>
      </fieldset>
      <p id="hint" class="note" hidden>${e(t.hint)}</p>
      <button type="button" id="submit">${e(t.submit)}</button>
      <p id="result" role="status"></p>
    </section>
    <p id="status" class="status">${e(t.starting)}</p>
  </main>
  <script src="quiz.js"></script>
</body>
</html>
`;
}

/*
 * Plain ES5, so that it runs in any browser the player meets, and no inline script or outside
 * URL, so that it runs under the player's CSP (script-src 'self').
 */
function quizJs(t: DigitalSafetyTexts): string {
  const text = { resumed: t.resumed, score: t.score, passed: t.passed, failed: t.failed, noApi: t.noApi };
  return String.raw`(function () {
  'use strict';
  var TEXT = ${JSON.stringify(text)};
  var DEFAULT_MASTERY = 80;
  var api = null;
  var started = new Date().getTime();
  var initialized = false;
  var finished = false;
  var mastery = DEFAULT_MASTERY;
  var lessonStatus = '';

  function byId(id) {
    return document.getElementById(id);
  }
  function show(id, visible) {
    var element = byId(id);
    if (!element) return;
    if (visible) element.removeAttribute('hidden');
    else element.setAttribute('hidden', '');
  }
  function setText(id, text) {
    var element = byId(id);
    if (element) element.textContent = text;
  }

  /* The SCORM 1.2 way: the API object on a parent frame, at most seven up, else on the opener. */
  function searchFrames(win) {
    var tries = 0;
    try {
      while (win && !win.API && win.parent && win.parent !== win && tries < 7) {
        tries++;
        win = win.parent;
      }
      return (win && win.API) || null;
    } catch (e) {
      return null;
    }
  }
  function findApi() {
    var found = searchFrames(window);
    if (!found) {
      try {
        if (window.opener) found = searchFrames(window.opener);
      } catch (e) {
        found = null;
      }
    }
    return found;
  }

  /* Every call goes through here, so that #status always shows the last one. */
  function call(name, element, value) {
    if (!api) return name === 'LMSGetValue' ? '' : 'false';
    var result;
    try {
      if (name === 'LMSGetValue') result = api.LMSGetValue(element);
      else if (name === 'LMSSetValue') result = api.LMSSetValue(element, value);
      else result = api[name]('');
    } catch (e) {
      result = 'false';
    }
    result = result === undefined || result === null ? '' : String(result);
    var label = element ? name + '(' + element + ')' : name;
    var text = label + ': ' + result;
    if (name !== 'LMSGetValue' && result !== 'true') {
      try {
        text += ' (error ' + api.LMSGetLastError() + ')';
      } catch (e) {
        text += ' (error unknown)';
      }
    }
    setText('status', text);
    return result;
  }
  function get(element) {
    return call('LMSGetValue', element);
  }
  function set(element, value) {
    return call('LMSSetValue', element, value);
  }

  function pad(number, width) {
    var text = String(number);
    while (text.length < width) text = '0' + text;
    return text;
  }
  /* CMITimespan: HHHH:MM:SS.SS */
  function sessionTime() {
    var centiseconds = Math.max(0, Math.round((new Date().getTime() - started) / 10));
    var hours = Math.floor(centiseconds / 360000);
    var minutes = Math.floor((centiseconds % 360000) / 6000);
    var seconds = Math.floor((centiseconds % 6000) / 100);
    return pad(Math.min(hours, 9999), 4) + ':' + pad(minutes, 2) + ':' + pad(seconds, 2) + '.' + pad(centiseconds % 100, 2);
  }

  function goToStep2() {
    show('step-1', false);
    show('step-2', true);
  }

  function next() {
    goToStep2();
    set('cmi.suspend_data', 'step=2');
    set('cmi.core.lesson_location', '2');
    /* A relaunch after the end keeps its result rather than falling back to incomplete. */
    if (lessonStatus !== 'passed' && lessonStatus !== 'failed' && lessonStatus !== 'completed') set('cmi.core.lesson_status', 'incomplete');
    set('cmi.core.exit', 'suspend');
    call('LMSCommit');
  }

  function submit() {
    if (finished) return;
    var right = byId('answer-right');
    var wrong = byId('answer-wrong');
    if (!right.checked && !wrong.checked) {
      show('hint', true);
      return;
    }
    show('hint', false);
    var score = right.checked ? 100 : 0;
    var passed = score >= mastery;
    set('cmi.core.score.raw', String(score));
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
    set('cmi.core.session_time', sessionTime());
    set('cmi.core.exit', '');
    set('cmi.suspend_data', 'step=done');
    call('LMSCommit');
    finish();
    right.disabled = true;
    wrong.disabled = true;
    byId('submit').disabled = true;
    setText('result', TEXT.score.replace('{score}', String(score)).replace('{result}', passed ? TEXT.passed : TEXT.failed));
  }

  function finish() {
    if (!initialized || finished) return;
    finished = true;
    call('LMSFinish');
  }

  function start() {
    api = findApi();
    byId('next').addEventListener('click', next);
    byId('submit').addEventListener('click', submit);
    /* Closing the window before the end still hands the session back, to be resumed. */
    window.addEventListener('pagehide', function () {
      if (initialized && !finished) set('cmi.core.session_time', sessionTime());
      finish();
    });
    if (!api) {
      setText('status', TEXT.noApi);
      return;
    }
    initialized = call('LMSInitialize') === 'true';
    setText('learner', get('cmi.core.student_name'));
    var suspendData = get('cmi.suspend_data');
    lessonStatus = get('cmi.core.lesson_status');
    var masteryText = get('cmi.student_data.mastery_score');
    var parsed = parseFloat(masteryText);
    mastery = masteryText !== '' && !isNaN(parsed) ? parsed : DEFAULT_MASTERY;
    if (/(^|[;&])step=2($|[;&])/.test(suspendData)) {
      goToStep2();
      setText('resumed', TEXT.resumed);
      show('resumed', true);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
}

const STYLE_CSS = `*,
*::before,
*::after {
  box-sizing: border-box;
}

[hidden] {
  display: none !important;
}

body {
  margin: 0;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Lao", sans-serif;
  color: #1d2733;
  background: #f6f8fa;
}

main {
  max-width: 40rem;
  margin: 0 auto;
  padding: 1.25rem 1rem 2rem;
}

h1 {
  font-size: 1.5rem;
  line-height: 1.25;
  margin: 0.5rem 0 1rem;
}

fieldset {
  border: 1px solid #c9d1d9;
  border-radius: 0.5rem;
  padding: 0.75rem 1rem;
  margin: 0 0 1rem;
}

label {
  display: block;
  padding: 0.5rem 0;
  cursor: pointer;
}

button {
  font: inherit;
  min-height: 2.75rem;
  padding: 0.5rem 1.5rem;
  border: 0;
  border-radius: 0.5rem;
  color: #fff;
  background: #0b5cad;
  cursor: pointer;
}

button:disabled {
  background: #8b99a8;
  cursor: default;
}

button:focus-visible,
input:focus-visible {
  outline: 3px solid #f0a500;
  outline-offset: 2px;
}

.learner,
.status {
  font-size: 0.875rem;
  color: #57606a;
}

.note {
  padding: 0.5rem 0.75rem;
  border-left: 4px solid #0b5cad;
  background: #e7f0fa;
}

#result {
  font-weight: 600;
}
`;

/**
 * The files of a one-SCO SCORM 1.2 package that talks to the LMS the way real SCOs do: a page on
 * strong passwords, then one question, its score reported against the mastery score. The demo
 * seed imports it; the tests import it as their SCORM fixture.
 */
export function digitalSafetyFiles(options: DigitalSafetyOptions = {}): Record<string, string | Buffer> {
  const locale = options.locale ?? 'en';
  const texts = DIGITAL_SAFETY_TEXTS[locale];
  const masteryScore = options.masteryScore === undefined ? 80 : options.masteryScore;
  return {
    'imsmanifest.xml': options.manifest ?? manifest(options.title ?? texts.title, masteryScore),
    [DIGITAL_SAFETY_LAUNCH]: indexHtml(texts, locale),
    'sco/quiz.js': quizJs(texts),
    'sco/style.css': STYLE_CSS,
    ...options.files,
  };
}

/** A zip of these files, as an author's tool writes one. */
export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, body] of Object.entries(files)) zip.addBuffer(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The same package as a zip, as an author would upload it. */
export function digitalSafetyZip(options: DigitalSafetyOptions = {}): Promise<Buffer> {
  return zipOf(digitalSafetyFiles(options));
}
