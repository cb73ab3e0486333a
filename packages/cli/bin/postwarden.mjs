#!/usr/bin/env node
// Registers tsx in this process and runs the TypeScript entry point, so the command works
// straight from a clone with no build step, and signals reach the server directly.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
await main(process.argv);
