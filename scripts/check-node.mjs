#!/usr/bin/env node
/** Fails when npm scripts do not run on the pinned Node (the `node` devDependency puts Node 24 first on PATH). */
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `npm scripts run on Node ${process.version}; the pinned Node 24 is missing. Run \`npm ci\` (and check package.json "allowScripts" approves "node").`,
  );
  process.exit(1);
}
console.log(`Node ${process.version} (pinned runtime) OK`);
