import { chromium } from 'playwright-core';

/**
 * What Lighthouse 12.2.3 cannot say on Debian's Chromium 156 (its largest-contentful-paint-element
 * and layout-shifts audits no longer read the newer traces): which element was the LCP and which
 * elements moved. The page is loaded as Lighthouse's mobile run loads it (412 × 823, the session
 * already signed in, no throttling: simulated throttling measures layout shift from that load)
 * and the browser's own PerformanceObserver entries are printed. `BENCH_LIGHTHOUSE_PROBE=1`.
 */
export interface ProbeResult {
  lcp: { ms: number; element: string; size: number } | null;
  shifts: { value: number; at: number; sources: string[] }[];
}

// Runs in the page before its own scripts (plain JavaScript: this project has no DOM types).
const OBSERVE = `(() => {
  const describe = (node) => {
    if (!node) return '(gone)';
    if (!(node instanceof Element)) return node.nodeName;
    const cls = typeof node.className === 'string' && node.className.trim() ? '.' + node.className.trim().split(/\\s+/).join('.') : '';
    const testId = node.getAttribute('data-testid');
    return node.tagName.toLowerCase() + cls + (testId ? '[data-testid=' + testId + ']' : '');
  };
  const store = (window.__probe = { lcp: null, shifts: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.lcp = { ms: Math.round(entry.startTime), element: describe(entry.element), size: entry.size };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      store.shifts.push({
        value: Number(entry.value.toFixed(4)),
        at: Math.round(entry.startTime),
        sources: entry.sources.map((s) => describe(s.node) + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

export async function probe(cdpPort: number, url: string): Promise<ProbeResult> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript({ content: OBSERVE });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1_000);
    const result = (await page.evaluate('window.__probe')) as ProbeResult;
    await page.close();
    return result;
  } finally {
    await browser.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Where the main thread's time goes while the page loads at Lighthouse's 4× CPU slowdown: a
 * V8 CPU profile, self time summed by function. `BENCH_LIGHTHOUSE_PROFILE=1`.
 */
export async function profile(cdpPort: number, url: string, top = 25): Promise<string[]> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'networkidle' });
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    await page.close();
    const byNode = new Map<number, number>();
    p.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
    const byFunction = new Map<string, number>();
    for (const node of p.nodes) {
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + (byNode.get(node.id) ?? 0));
    }
    const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
    return [`total ${(total / 1000).toFixed(0)} ms`, ...[...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`)];
  } finally {
    await browser.close();
  }
}
