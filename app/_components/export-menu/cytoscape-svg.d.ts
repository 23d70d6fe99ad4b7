// cytoscape-svg 0.4.0 ships no types. It is a Cytoscape extension registered with cytoscape.use();
// the method it adds to Core is declared in cytoscape-svg-core.d.ts (an augmentation needs a module file).
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const svg: Ext;
  export default svg;
}
