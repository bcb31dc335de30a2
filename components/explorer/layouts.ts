import type { LayoutOptions } from 'cytoscape';

/**
 * The force-directed layout (fcose) as the explorer runs it. Shared with the benchmark's
 * bare cytoscape page, so the floor it measures is the same work.
 */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 30,
  nodeSeparation: 90,
  idealEdgeLength: 90,
  nodeRepulsion: 6500,
} as LayoutOptions;
