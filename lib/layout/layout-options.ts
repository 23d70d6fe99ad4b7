// Every layout setting in one table. fcose (force-directed, with label sizes) lays out graphs up
// to BIG_LAYOUT; past it, ForceAtlas2 (graphology) does, from seeded random positions.

/**
 * Past this many actors or linked pairs fcose stops being affordable on page load (measured
 * headless on 2 cores: 500 actors / 3,600 pairs took 3.5 s in "default" quality and 23 s in
 * "proof"; 2,000 / 15,000 did not finish in 500 s). ForceAtlas2 takes about 0.8 s for the latter.
 */
export const BIG_LAYOUT = { nodes: 300, pairs: 2500 } as const;

export const FIT_PADDING = 40;

const FCOSE_SHARED = {
  name: "fcose",
  idealEdgeLength: () => 120,
  nodeRepulsion: () => 15000,
  nodeSeparation: 90,
  packComponents: false,
  nodeDimensionsIncludeLabels: true,
} as const;

/** fcose's settings, by use. `randomize: false` starts from the elements' circle: repeatable, and then "proof" is required. */
export const FCOSE_OPTIONS = {
  /** The first layout of every actor of every year, unanimated. */
  first: {
    ...FCOSE_SHARED,
    quality: "proof",
    randomize: false,
    animate: false,
    fit: false,
    padding: FIT_PADDING,
    initialEnergyOnIncremental: 1,
    numIter: 5000,
    // Strong, short-range gravity keeps small components (a pair linked only in other years) from
    // drifting to the edge, where framing them would shrink everything else.
    gravity: 3,
    gravityRange: 1,
  },
  /** "Re-arrange": what the year shows, from where it stands, animated and framed. */
  rearrange: {
    ...FCOSE_SHARED,
    quality: "proof",
    randomize: false,
    animate: true,
    animationDuration: 600,
    fit: true,
    padding: FIT_PADDING,
    initialEnergyOnIncremental: 1,
    numIter: 5000,
    gravity: 3,
    gravityRange: 1,
  },
} as const;

/** ForceAtlas2 for big graphs: a fixed number of iterations, Barnes–Hut for the repulsion. */
export const FORCE_ATLAS_OPTIONS = { iterations: 100, barnesHutOptimize: true, scale: 1000 } as const;

export function isBigLayout(nodes: number, pairs: number): boolean {
  return nodes > BIG_LAYOUT.nodes || pairs > BIG_LAYOUT.pairs;
}
