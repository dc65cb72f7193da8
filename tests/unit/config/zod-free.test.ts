/**
 * The app's first load has a size budget that zod would break: the config modules it imports at
 * run time (from src/main.tsx, through src/config/params.ts) must not import zod, nor may the
 * review and result code (it would cost every result screen a zod parse). zod stays the
 * schema of record at build time and in tests (src/config/center-schema.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The module specifiers a file imports at run time: `import type` and `export type` are erased. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts')];
  const file = candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile());
  if (!file) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return file;
}

/** Every local module `entry` reaches at run time, and every package it imports on the way. */
function runtimeGraph(entry: string): { files: string[]; packages: Map<string, string[]> } {
  const files: string[] = [];
  const packages = new Map<string, string[]>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else packages.set(specifier, [...(packages.get(specifier) ?? []), relative(root, file)]);
    }
  }
  return { files: files.map((f) => relative(root, f)), packages };
}

const importsZod = (packages: Map<string, string[]>) =>
  [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'));

describe('zod stays off the first load', () => {
  it.each([
    'src/config/params.ts',
    'src/config/center.ts',
    'src/config/phone.ts',
    'src/config/contrast.ts',
    'src/config/checks.ts',
  ])('%s and everything it imports at run time are zod-free', (entry) => {
    const { packages } = runtimeGraph(entry);
    expect(importsZod(packages)).toEqual([]);
  });

  it('follows the whole graph from params.ts', () => {
    expect(runtimeGraph('src/config/params.ts').files.sort()).toEqual(
      expect.arrayContaining([
        'src/config/center.ts',
        'src/config/checks.ts',
        'src/config/contrast.ts',
        'src/config/params.ts',
      ]),
    );
    // center.ts takes only its type from the schema.
    expect(runtimeGraph('src/config/params.ts').files).not.toContain('src/config/center-schema.ts');
  });

  it('would notice zod (the schema module imports it)', () => {
    expect(importsZod(runtimeGraph('src/config/center-schema.ts').packages)).toEqual([
      ['zod/mini', ['src/config/center-schema.ts']],
    ]);
  });
});

describe('zod stays off the whole assessment', () => {
  // The review, result and staff code, and the engine in it: answers are checked in plain code,
  // read from the question bank (src/questions/answer-set.ts). (The canary above shows the
  // walk would notice zod.)
  it('src/app/deferred.ts and everything it imports at run time are zod-free', () => {
    const { files, packages } = runtimeGraph('src/app/deferred.ts');
    expect(files).toEqual(
      expect.arrayContaining(['src/results/recommend.ts', 'src/questions/answer-set.ts']),
    );
    expect(importsZod(packages)).toEqual([]);
  });
});
