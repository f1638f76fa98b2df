import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`; comments are stripped first.
const SPECIFIER = /(?:\bimport|\bexport)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names (`./x` → `x.ts`, `x.tsx` or `x/index.ts`); null for packages and JSON. */
function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** The relative imports of one file (type-only ones too: a cycle of types is still two files that need each other). */
export function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const match of source.matchAll(SPECIFIER)) {
    const target = resolveRelative(file, match[1] ?? match[2] ?? '');
    if (target) found.add(target);
  }
  return [...found];
}

/**
 * The import cycles among the files under `root` and everything they reach by relative imports, as lists of paths
 * relative to `root`'s parent, each cycle once (Tarjan's strongly connected components; a file importing itself
 * counts). Only cycles with at least one file under `root` are reported.
 */
export function importCycles(root: string): string[][] {
  const graph = new Map<string, string[]>();
  const pending = sourceFiles(root);
  while (pending.length) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const targets = importsOf(file);
    graph.set(file, targets);
    pending.push(...targets.filter((t) => !graph.has(t)));
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  const inRoot = (f: string) => !relative(root, f).startsWith('..');
  return components.filter((c) => c.some(inRoot)).map((c) => c.map((f) => relative(dirname(root), f)).sort());
}
