import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { Recipe, RecipeStep } from './recipes/recipes';

const root = resolve(__dirname, '..', '..');
const sharedDir = join(root, 'shared');

/** The files a set of recipes writes, as whole texts over `shared/` (nothing on disk is changed). */
export function overlayOf(recipes: Recipe[], leaveOut?: { recipe: Recipe; step: number }): Map<string, string> {
  const texts = new Map<string, string>();
  for (const recipe of recipes) {
    recipe.steps.forEach((step: RecipeStep, index) => {
      if (leaveOut && leaveOut.recipe === recipe && leaveOut.step === index) return;
      const path = join(sharedDir, step.file);
      if ('create' in step) return texts.set(path, step.create);
      const text = texts.get(path) ?? readFileSync(path, 'utf8');
      const at = text.indexOf(step.after);
      if (at < 0) throw new Error(`recipe "${recipe.name}": anchor not found in ${step.file}: ${step.after}`);
      const end = at + step.after.length;
      texts.set(path, text.slice(0, end) + step.insert + text.slice(end));
    });
  }
  return texts;
}

/** How many files a recipe touches (new or changed). */
export const filesOf = (recipe: Recipe): number => new Set(recipe.steps.map((s) => s.file)).size;

const parsed = (() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(sharedDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('shared/tsconfig.json did not parse');
  return config;
})();

// Parsed source files of the untouched tree, shared by every program the spec builds (parsing is the slow part).
const sourceCache = new Map<string, ts.SourceFile>();

/** A TypeScript program over `shared/src` (without its specs) with the overlay's texts in place of the files'. */
export function programWith(overlay: Map<string, string>, outDir?: string): ts.Program {
  const options: ts.CompilerOptions = {
    ...parsed.options,
    composite: false,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    incremental: false,
    tsBuildInfoFile: undefined,
    noEmit: !outDir,
    ...(outDir ? { outDir } : {}),
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => overlay.has(resolve(f)) || ts.sys.fileExists(f);
  host.readFile = (f) => overlay.get(resolve(f)) ?? ts.sys.readFile(f);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const path = resolve(fileName);
    const text = overlay.get(path);
    if (text !== undefined) return ts.createSourceFile(path, text, languageVersion, true);
    let cached = sourceCache.get(path);
    if (!cached) {
      cached = getSourceFile(fileName, languageVersion, onError);
      if (cached) sourceCache.set(path, cached);
    }
    return cached;
  };
  const rootNames = [
    ...parsed.fileNames.filter((f) => !/\.spec\.tsx?$/.test(f) && !overlay.has(resolve(f))),
    ...overlay.keys(),
  ];
  return ts.createProgram({ rootNames, options, host });
}

/** The type errors of a program, as "file: message" lines (only in the named files, when some are named). */
export function typeErrors(program: ts.Program, inFiles?: string[]): string[] {
  const files = inFiles?.map((f) => program.getSourceFile(join(sharedDir, f))).filter((f) => f !== undefined);
  const diagnostics = files
    ? files.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    : ts.getPreEmitDiagnostics(program);
  return diagnostics.map(
    (d) =>
      `${d.file ? d.file.fileName.slice(sharedDir.length + 1) : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
}

/** Compiles the overlay to JavaScript in a fresh folder under test-results (so node_modules resolve); returns it. */
export function emitTo(overlay: Map<string, string>, name: string): string {
  const outDir = join(root, 'test-results', 'recipes', `${name}-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const program = programWith(overlay, outDir);
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (errors.length) throw new Error(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('\n'));
  return outDir;
}
