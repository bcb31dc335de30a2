/**
 * The force-directed layout (fcose) as the explorer runs it: the layout of the
 * "Force-directed" choice, in the browser. Shared with the benchmark's bare cytoscape page,
 * so the floor it measures is the same work. (The argument layout, the default, is
 * argument-layout.ts.)
 */
import type { LayoutOptions } from 'cytoscape';

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
