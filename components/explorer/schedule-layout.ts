/**
 * Lays out the ideas shown and frames them, without ever blocking the first paint: a
 * placement known ahead of time (the opening view, laid out at build time) is applied at
 * once; the argument layout of any other view is computed by ELK in a worker; the
 * force-directed layout (fcose) runs just after the frame that shows the ideas at their
 * old places. Returns a function that cancels whatever has not happened yet.
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { ArgumentLayout } from '@/graph/argument-layout';
import { FCOSE_OPTIONS } from '@/graph/force-layout';

export type LayoutPlan =
  | { kind: 'placed'; layout: ArgumentLayout }
  | { kind: 'argument'; compute: () => Promise<ArgumentLayout> }
  | { kind: 'force' };

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Moves the ideas to their places; slides them there when they had places already. */
function place(eles: Collection, layout: ArgumentLayout, animate: boolean): Promise<void> {
  const run = eles.layout({
    name: 'preset',
    positions: (n: NodeSingular) => layout.nodes[n.id()] ?? n.position(),
    fit: false,
    animate: animate && !reducedMotion(),
    animationDuration: 350,
  } as LayoutOptions);
  const done = run.promiseOn('layoutstop');
  run.run();
  return done.then(() => undefined);
}

export function scheduleLayout(
  cy: Core,
  plan: LayoutPlan,
  /** Called once the ideas stand where they will stay, with the argument placement if any. */
  onPlaced: (layout: ArgumentLayout | undefined) => void,
  animate: boolean,
): () => void {
  let cancelled = false;
  const visible = () => cy.nodes().not('.hidden, .band');
  if (plan.kind === 'placed') {
    void place(visible(), plan.layout, false).then(() => !cancelled && onPlaced(plan.layout));
    return () => {
      cancelled = true;
    };
  }
  if (plan.kind === 'argument') {
    plan
      .compute()
      .then(async (layout) => {
        if (cancelled || cy.destroyed()) return;
        await place(visible(), layout, animate);
        if (!cancelled && !cy.destroyed()) onPlaced(layout);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }
  // The ideas paint at their current places first; fcose runs after that frame.
  let frame = 0;
  let timer = 0;
  frame = requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      if (cancelled || cy.destroyed()) return;
      const eles = visible().union(visible().edgesWith(visible()));
      const run = eles.layout(FCOSE_OPTIONS);
      run.one('layoutstop', () => !cancelled && onPlaced(undefined));
      run.run();
    }, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
