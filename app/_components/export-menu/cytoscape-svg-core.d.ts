// What cytoscape-svg adds to every Cytoscape instance once registered: cy.svg(), which redraws the
// graph into an SVG document (canvas2svg) and returns its markup.
import "cytoscape";

declare module "cytoscape" {
  interface SvgExportOptions {
    /** The whole graph (true) or the current viewport (false, the default). */
    full?: boolean;
    scale?: number;
    /** With maxHeight and no scale: the largest scale that fits (and no device-pixel-ratio factor). */
    maxWidth?: number;
    maxHeight?: number;
    /** Background colour; transparent when absent. */
    bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
