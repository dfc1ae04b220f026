// The layers are packages: each folder under src/ has a package.json that names it and declares the
// packages it may import ("dependencies"; tests may also import "devDependencies"), and, where a
// package has one public entry, "exports" lists the files others may import. The imports stay
// relative; this check reads every one and fails on an import the packages do not declare.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$|\.testkit\.ts$/;
// import … from '…', export … from '…', import('…'), import '…'
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

function walk(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The file an import names: as written, or with .ts/.tsx, or a folder's index. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The packages under `root`: each folder holding a package.json, with what it declares. */
function readPackages(root) {
  const packages = [];
  const visit = (dir) => {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      packages.push({
        dir,
        name: json.name,
        dependencies: new Set(Object.keys(json.dependencies ?? {})),
        devDependencies: new Set(Object.keys(json.devDependencies ?? {})),
        exports: json.exports ? new Set(Object.values(json.exports).map((e) => resolve(dir, e))) : undefined,
      });
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory() && entry.name !== 'node_modules') visit(join(dir, entry.name));
  };
  visit(root);
  // The deepest folder owns a file.
  return packages.sort((a, b) => b.dir.length - a.dir.length);
}

const owner = (packages, file) => packages.find((p) => file.startsWith(`${p.dir}/`));

/** Every import under `root` that crosses into a package its own does not declare, as "file:line: why". */
export function checkLayers(folder) {
  const root = resolve(folder);
  const packages = readPackages(root);
  const problems = [];
  for (const file of walk(root)) {
    const from = owner(packages, file);
    if (!from) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[2]);
      const to = target && owner(packages, target);
      if (!to || to === from) continue;
      const line = text.slice(0, match.index).split('\n').length;
      const where = `${relative(process.cwd(), file)}:${line}`;
      const allowed =
        from.dependencies.has(to.name) || (TEST.test(file) && from.devDependencies.has(to.name));
      if (!allowed)
        problems.push(`${where}: ${from.name} imports ${to.name} ('${match[2]}'), which it does not declare`);
      // Tests may look inside what they may import (white-box); code goes through the public entry.
      else if (to.exports && !to.exports.has(target) && !TEST.test(file))
        problems.push(
          `${where}: '${match[2]}' is inside ${to.name}; import it from its public entry instead`,
        );
    }
  }
  return problems.sort();
}

if (process.argv[1] === import.meta.filename) {
  const root = resolve(process.argv[2] ?? 'src');
  const problems = checkLayers(root);
  for (const p of problems) console.error(p);
  console.log(
    problems.length === 0
      ? `layers: every import under ${relative(process.cwd(), root) || '.'} is declared`
      : `layers: ${problems.length} undeclared import(s)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
