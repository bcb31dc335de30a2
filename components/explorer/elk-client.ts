/**
 * ELK in the browser, for the argument layout of views not laid out at build time. It runs
 * in a web worker (public/vendor/elk-worker.min.js, copied there by the build), so a
 * layout never blocks the page; where a worker cannot start — a frame sandboxed with an
 * opaque origin may not start one from this site — the same code runs on the page,
 * loaded only then.
 */
import ElkApi, { type ELK, type ElkNode } from 'elkjs/lib/elk-api';
import { paths, withBase } from '../paths';

let instance: Pick<ELK, 'layout'> | undefined;

/** ELK on the page, for when no worker can start. */
const onPage = (): Pick<ELK, 'layout'> => ({
  layout: async (graph) => {
    const { default: Bundled } = await import('elkjs/lib/elk.bundled.js');
    return new Bundled().layout(graph);
  },
});

export function elk(): Pick<ELK, 'layout'> {
  if (instance) return instance;
  let worker: ELK | undefined;
  try {
    worker = new ElkApi({ workerFactory: () => new Worker(withBase(paths.elkWorker())) });
  } catch {
    worker = undefined;
  }
  const fallback = onPage();
  const started = worker;
  instance = {
    layout: async <T extends ElkNode>(graph: T) => {
      if (!started) return fallback.layout(graph);
      try {
        return await started.layout(graph);
      } catch {
        return fallback.layout(graph);
      }
    },
  };
  return instance;
}
