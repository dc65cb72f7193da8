/**
 * The first interaction has a budget of 110 KB (scripts/check-size.ts), and self mode's "Have a
 * code from before?" must not push it over (issue 19): the code entry form and the code's
 * decoder are reached from the app's entry only through a dynamic import (the later part,
 * src/app/deferred.ts), fetched when the person opens the disclosure. Checked on the module
 * graph here, and on the built chunks and the requests in tests/browser/handoff.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The local modules a file imports, statically and (apart) with import(). Types are erased. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.static.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.static.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      found.dynamic.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const local = (list: string[]) =>
    list.filter((s) => s.startsWith('.') && !s.endsWith('.css')).map((s) => resolveLocal(file, s));
  return { static: local(found.static), dynamic: local(found.dynamic) };
}

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts')];
  const file = candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile());
  if (!file) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return file;
}

/** Every local module `entry` reaches: by static imports only, or by any import. */
function reach(entry: string, { dynamic }: { dynamic: boolean }): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const found = importsOf(file);
    queue.push(...found.static, ...(dynamic ? found.dynamic : []));
  }
  return [...seen].map((f) => relative(root, f));
}

const LAZY = [
  'src/questions/handoff-code.ts',
  'src/screens/CodeEntryForm.tsx',
  'src/screens/SelfCodeEntry.tsx',
  'src/staff/walk-with-answers.ts',
];

describe('the code entry stays off the first load', () => {
  const firstLoad = reach('src/main.tsx', { dynamic: false });

  it('the start screen is on the first load (the graph is read right)', () => {
    expect(firstLoad).toContain('src/screens/StartScreen.tsx');
    expect(firstLoad).toContain('src/app/App.tsx');
  });

  it.each(LAZY)('%s is not imported statically from the entry', (file) => {
    expect(firstLoad).not.toContain(file);
  });

  it.each(LAZY)('%s comes with the later part (a dynamic import)', (file) => {
    expect(reach('src/app/deferred.ts', { dynamic: false })).toContain(file);
    expect(reach('src/main.tsx', { dynamic: true })).toContain(file);
  });
});
