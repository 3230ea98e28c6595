// Minimal types for the Frictionless Data Package validator used by the tests (the package ships none).
declare module 'datapackage' {
  export class Profile {
    static load(profile: string): Promise<Profile>;
    validate(descriptor: unknown): { valid: boolean; errors: Error[] };
  }
}
