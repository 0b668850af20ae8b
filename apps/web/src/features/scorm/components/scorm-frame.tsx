import type { ScormPlayerMessage } from '@lms/contracts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { readLauncherMessage } from '../lib/launcher-messages';

export interface ScormFrameProps {
  /** The signed launcher page, on the content origin. */
  src: string;
  /** The only origin whose messages count, and the only one ours go to. */
  origin: string;
  title: string;
  /** What to answer the launcher's "ready" with (asked each time: the package may reload itself). */
  onReady: () => ScormPlayerMessage;
  onCommit: (cmi: Record<string, unknown>, finished: boolean) => void;
}

/**
 * The package, in a sandboxed frame on another origin, where its script cannot reach the
 * learner's token. It speaks to this page by postMessage only; a message counts only when it
 * comes from that frame's window, from the content origin, and says it is the launcher's.
 */
export function ScormFrame({ src, origin, title, onReady, onCommit }: ScormFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const handlers = useRef({ onReady, onCommit });
  useLayoutEffect(() => {
    handlers.current = { onReady, onCommit };
  });

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = frame.current?.contentWindow;
      if (!target || event.origin !== origin || event.source !== target) return;
      const message = readLauncherMessage(event.data);
      if (message?.type === 'ready') target.postMessage(handlers.current.onReady(), origin);
      else if (message?.type === 'commit') handlers.current.onCommit(message.cmi, message.finished);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin]);

  return (
    <iframe
      ref={frame}
      className="scorm__frame"
      src={src}
      title={title}
      sandbox="allow-scripts allow-same-origin allow-forms allow-popups"
      allow="fullscreen"
      allowFullScreen
      referrerPolicy="no-referrer"
    />
  );
}
