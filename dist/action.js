import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/action/main.ts
async function run() {
  throw new Error("not implemented yet");
}

// src/action.ts
await run();
