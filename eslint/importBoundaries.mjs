// A local ESLint rule for the architecture's boundaries (README "Architecture"). ESLint's own
// no-restricted-imports matches import text, not the file it names, and ignores `import()`; this rule
// resolves relative specifiers to the part of src/ they land in and checks static imports, re-exports,
// `import()`, `require()` and `import x = require()` alike.
import path from 'node:path';

/**
 * @typedef {object} Boundary
 * @property {string} from       folder (relative to the root) whose files the boundary applies to, e.g. 'src/core'
 * @property {string[]} [except] files under `from` exempt from this boundary (relative to the root)
 * @property {string[]} [parts]  folders of this project the files must not import, e.g. ['src/excel']
 * @property {string[]} [allowParts] files or folders inside `parts` that stay allowed, e.g. ['src/xlsx/errors']
 * @property {string[]} [packages] package names (or 'node:*' for every Node built-in) the files must not import
 * @property {boolean} [allowTypeOnly] `import type` is allowed (erased at build, so it loads nothing)
 * @property {boolean} [allowDynamic] `import()` is allowed (loaded lazily, in its own chunk)
 * @property {string} message    why, shown with the import
 */

/** Package name of a bare specifier: 'react-dom/client' → 'react-dom', '@fluentui/react-icons/x' → '@fluentui/react-icons'. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function matchesPackage(specifier, packages, builtins) {
  const name = packageName(specifier);
  return packages.some((pattern) => {
    if (pattern === 'node:*') return specifier.startsWith('node:') || builtins.has(name);
    if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
    return name === pattern;
  });
}

const inside = (file, folder) => file === folder || file.startsWith(`${folder}/`) || file.startsWith(`${folder}.`);

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse imports that cross the architecture boundaries listed in eslint.config.mjs.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, builtins: { type: 'array', items: { type: 'string' } }, boundaries: { type: 'array' } },
        required: ['root', 'boundaries'],
        additionalProperties: false,
      },
    ],
    messages: { crossed: "'{{specifier}}' crosses a boundary: {{message}}" },
  },
  create(context) {
    const { root, boundaries, builtins = [] } = context.options[0];
    const builtinSet = new Set(builtins);
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    /** @type {Boundary[]} */
    const active = boundaries.filter((b) => inside(file, b.from) && !(b.except ?? []).some((e) => inside(file, e)));
    if (active.length === 0) return {};

    function check(node, specifier, kind) {
      if (typeof specifier !== 'string') return;
      const relative = specifier.startsWith('.');
      const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : undefined;
      for (const b of active) {
        if (kind === 'type' && b.allowTypeOnly) continue;
        if (kind === 'dynamic' && b.allowDynamic) continue;
        const crossed = target
          ? (b.parts ?? []).some((p) => inside(target, p)) && !(b.allowParts ?? []).some((p) => inside(target, p))
          : matchesPackage(specifier, b.packages ?? [], builtinSet);
        if (crossed) {
          context.report({ node, messageId: 'crossed', data: { specifier, message: b.message } });
          return;
        }
      }
    }

    const typeOnly = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
    const literal = (node) => (node && node.type === 'Literal' ? node.value : undefined);

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, typeOnly(node) ? 'type' : 'static'),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, typeOnly(node) ? 'type' : 'static'),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type' ? 'type' : 'static'),
      ImportExpression: (node) => check(node.source, literal(node.source), 'dynamic'),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node, literal(node.moduleReference.expression), node.importKind === 'type' ? 'type' : 'static'),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) => check(node, literal(node.arguments[0]), 'static'),
    };
  },
};
