// The action entry: only calls run(). Everything else is in src/action/.
import { run } from './action/main.js';

await run();
