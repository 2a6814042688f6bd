// Types of scripts/layers.mjs for the TypeScript tests that read it.
export declare const LAYERS: Record<string, string[]>;
export declare const NARROW: Record<string, string[]>;
