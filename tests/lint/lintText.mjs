// Lints source texts with the project's eslint.config.mjs through ESLint's Node API, in its own Node
// process: ESLint loads its config with import(), which jest's module sandbox refuses.
// stdin: [{ code, filePath }] (filePath relative to the repository; nothing is written there).
// stdout: [{ filePath, messages: [{ ruleId, message, severity }] }]
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const cases = JSON.parse(readFileSync(0, 'utf8'));
// The planted files exist only in memory, so type-aware rules (which need them in a tsconfig) are
// switched off; the boundary and hooks rules read syntax only.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked, languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});
const results = [];
for (const { code, filePath } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push({ filePath, messages: (result?.messages ?? []).map(({ ruleId, message, severity }) => ({ ruleId, message, severity })) });
}
process.stdout.write(JSON.stringify(results));
