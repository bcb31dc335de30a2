'use client';

/**
 * One cytoscape instance for the life of a canvas box: created on mount, destroyed on
 * unmount, resized with its box (cytoscape itself only notices window resizes, so a
 * change of its box — the panel folding away, a scrollbar appearing — would leave a
 * stretched, blurry picture). The instance lives in a ref: the effects that draw into it
 * run after this one and read it there.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, type RefObject } from 'react';

cytoscape.use(fcose);

export interface CytoscapeOptions {
  minZoom: number;
  maxZoom: number;
  /** Draw at device pixel ratio 1 (large graphs paint much faster). */
  lowResolution: boolean;
  /** Called once with the new instance, to register listeners. */
  onCreate: (cy: Core) => void;
}

export function useCytoscape(box: RefObject<HTMLDivElement | null>, options: CytoscapeOptions): RefObject<Core | null> {
  const cyRef = useRef<Core | null>(null);
  const { minZoom, maxZoom, lowResolution, onCreate } = options;
  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      minZoom,
      maxZoom,
      boxSelectionEnabled: false,
      autounselectify: true,
      pixelRatio: lowResolution ? 1 : 'auto',
      styleEnabled: true,
    });
    cyRef.current = cy;
    onCreate(cy);
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      cyRef.current = null;
      cy.destroy();
    };
    // Created once per box: later option changes are applied by the effects that own them.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the instance must outlive option changes
  }, [box]);
  return cyRef;
}
