// Minimal types for the Frictionless Data Package validator used by the tests (the package ships none).
declare module 'datapackage' {
  export class Profile {
    static load(profile: string): Promise<Profile>;
    validate(descriptor: unknown): { valid: boolean; errors: Error[] };
  }
}

// Citation.js ships no types; these are the calls lib/site/citation.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
