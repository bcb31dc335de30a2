/**
 * Types for the parts of citation-js we use. The packages ship no declarations; these
 * describe their documented API (https://citation.js.org/api/0.7/), nothing more.
 */
declare module '@citation-js/core' {
  export type OutputFormat = 'bibtex' | 'biblatex' | 'data' | 'bibliography' | 'citation';

  export class Cite {
    /** Parses any input a loaded plugin understands: CSL-JSON objects, BibTeX text, … */
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The parsed entries as CSL-JSON; their shape depends on the input, so callers parse it. */
    data: unknown[];
    format(format: OutputFormat, options?: Record<string, unknown>): string;
  }

  interface BibtexConfig {
    format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
  }

  export const plugins: {
    config: {
      get(name: '@bibtex'): BibtexConfig;
      get(name: string): unknown;
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
