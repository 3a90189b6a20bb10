// Validates Dockerfiles with dockerfile-utils, the VS Code Docker language
// server's validator: every file must come out with no diagnostic at all.
// usage: node validate.js FILE...
const fs = require("fs");
const { validate } = require("dockerfile-utils");

let failed = 0;
for (const file of process.argv.slice(2)) {
  const diagnostics = validate(fs.readFileSync(file, "utf8"));
  for (const d of diagnostics) {
    console.log(`${file}:${d.range.start.line + 1}: ${d.message}`);
  }
  failed += diagnostics.length > 0 ? 1 : 0;
  console.log(`${diagnostics.length === 0 ? "ok" : "FAILED"}: ${file} (${diagnostics.length} diagnostics)`);
}
process.exit(failed === 0 ? 0 : 1);
