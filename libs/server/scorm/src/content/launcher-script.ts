/* eslint-disable no-var -- this runs in the browser as written, on the content origin */
declare const Scorm12API: new (settings: Record<string, unknown>) => LauncherApi;
interface LauncherApi {
  cmi: { core: { student_id: string; student_name: string; entry: string; credit: string }; student_data: { mastery_score: string }; getCurrentTotalTime(): string };
  loadFromJSON(json: Record<string, unknown>): void;
  LMSInitialize(parameter: ''): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  renderCMIToJSONObject(): Record<string, unknown>;
  on(event: string, callback: () => void): void;
}

/**
 * The launcher page's script (served as /_lane/launcher.js on the content origin): it waits for
 * Lane's player page to send the learner's saved data, puts scorm-again's SCORM 1.2 runtime at
 * `window.API`, then opens the package's first SCO in a frame of this same origin, where the SCO
 * finds the API through `window.parent`. Every LMSCommit and LMSFinish, and a pause in
 * LMSSetValue calls, goes back to Lane's page by postMessage; Lane's page keeps it and sends it to
 * the API. Only a message from the page that framed it, from one of Lane's origins, is obeyed.
 * Sent as this function's source text, so it uses nothing swc would need a helper for.
 */
function launcher(): void {
  var meta = function (name: string): string {
    return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  };
  var laneOrigins = meta('lane-origins').split(' ').filter(Boolean);
  var scoUrl = meta('lane-sco');
  var started = false;

  window.addEventListener('message', function (event: MessageEvent) {
    var data = event.data;
    if (started || event.source !== window.parent || laneOrigins.indexOf(event.origin) < 0) return;
    if (!data || data.source !== 'lane-scorm' || data.type !== 'start') return;
    started = true;
    var laneOrigin = event.origin;
    var api = new Scorm12API({ autocommit: true, autocommitSeconds: 30, lmsCommitUrl: false, logLevel: 4 });
    var saved = data.cmi && typeof data.cmi === 'object' ? data.cmi : null;
    if (saved) {
      // A new session of a suspended attempt: the SCO is told to resume (RTE 3.4.4, cmi.core.entry).
      var core = saved.core && typeof saved.core === 'object' ? saved.core : {};
      var suspended = core.exit === 'suspend';
      delete core.exit;
      delete core.session_time;
      delete core.entry;
      api.loadFromJSON(saved);
      api.cmi.core.entry = suspended ? 'resume' : '';
    } else api.cmi.core.entry = 'ab-initio';
    api.cmi.core.student_id = String(data.learner?.id ?? '');
    api.cmi.core.student_name = String(data.learner?.name ?? '');
    // What the LMS sets (RTE 3.4.4): whether the attempt counts, and the manifest's adlcp:masteryscore.
    api.cmi.core.credit = data.credit === 'no-credit' ? 'no-credit' : 'credit';
    if (typeof data.masteryScore === 'number') api.cmi.student_data.mastery_score = String(data.masteryScore);

    // The CMI as Lane keeps it: scorm-again renders it under a "cmi" key, and leaves out
    // total_time, which the LMS keeps as the sum of the sessions: the loaded total plus this one.
    var render = function (): Record<string, unknown> {
      var rendered = api.renderCMIToJSONObject();
      var cmi = (rendered.cmi && typeof rendered.cmi === 'object' ? rendered.cmi : rendered) as { core?: Record<string, unknown> };
      if (cmi.core) cmi.core.total_time = api.cmi.getCurrentTotalTime();
      return cmi;
    };
    var pending: ReturnType<typeof setTimeout> | undefined;
    var send = function (finished: boolean): void {
      clearTimeout(pending);
      window.parent.postMessage({ source: 'lane-scorm', type: 'commit', cmi: render(), finished: finished }, laneOrigin);
    };
    api.on('LMSCommit', function () {
      send(false);
    });
    api.on('LMSFinish', function () {
      send(true);
    });
    // A package that sets values and never commits still loses nothing.
    api.on('LMSSetValue.cmi.*', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        send(false);
      }, 2000);
    });
    (window as unknown as { API: LauncherApi }).API = api;

    var frame = document.createElement('iframe');
    frame.src = scoUrl;
    frame.title = meta('lane-title');
    frame.setAttribute('allow', 'fullscreen');
    // An asset (a page that never calls the API) is done once the learner has opened it, as in
    // most players: the launcher says so for it, through the API, like a SCO would.
    if (meta('lane-launch-type') === 'asset') {
      frame.addEventListener('load', function () {
        if (api.LMSInitialize('') !== 'true') return;
        api.LMSSetValue('cmi.core.lesson_status', 'completed');
        api.LMSCommit('');
        api.LMSFinish('');
      }, { once: true });
    }
    document.body.appendChild(frame);
  });
  // The page that framed this one is one of Lane's origins (frame-ancestors makes sure); a message
  // for any other origin is simply not delivered.
  for (var origin of laneOrigins) window.parent.postMessage({ source: 'lane-scorm', type: 'ready' }, origin);
}

export const LAUNCHER_JS = `(${launcher.toString()})();\n`;
