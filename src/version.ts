/** The tool version, injected by the bundler from package.json; "dev" when running from source. */
declare const __MODEL_GATE_VERSION__: string | undefined;
export const VERSION: string = typeof __MODEL_GATE_VERSION__ === 'string' ? __MODEL_GATE_VERSION__ : 'dev';
