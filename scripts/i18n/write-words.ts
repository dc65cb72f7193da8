/**
 * Writes strings back into a language's TypeScript word files by key (npm run i18n:import),
 * keeping them as people wrote them: comments, shared constants (`selectAll`, `yesNo`), the
 * split into parts and `satisfies` stay; only the string literals that change are replaced, and
 * a key the file lacks is added to the object that should hold it. Then Prettier formats the
 * files it changed. Built on TypeScript's own parser (already the project's compiler), so no
 * hand-written TS parsing: the walk follows object literals, lists, `as`/`satisfies`, and names
 * that point to a `const` of the same file or one imported from a sibling word file.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { PARTS, partFile, ROOT } from './words.ts';

interface Leaf {
  readonly file: string;
  readonly node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
}

interface Container {
  readonly file: string;
  readonly node: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression;
}

interface Walked {
  readonly leaves: Map<string, Leaf>;
  /** Keys whose value is something the walk cannot edit (a call, a template with `${}`). */
  readonly opaque: Map<string, string>;
  readonly containers: Map<string, Container>;
}

class SourceFiles {
  private readonly cache = new Map<string, ts.SourceFile>();
  get(file: string): ts.SourceFile {
    let source = this.cache.get(file);
    if (!source) {
      source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      this.cache.set(file, source);
    }
    return source;
  }
}

function unwrap(node: ts.Expression): ts.Expression {
  while (
    ts.isSatisfiesExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    node = node.expression;
  return node;
}

/** The initializer of the `const` a name refers to: in `file`, or imported from a sibling. */
function resolveName(files: SourceFiles, file: string, name: string): [string, ts.Expression] {
  const source = files.get(file);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          if (!declaration.initializer) break;
          return [file, declaration.initializer];
        }
      }
    }
    if (
      ts.isImportDeclaration(statement) &&
      !statement.importClause?.isTypeOnly &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    ) {
      for (const element of statement.importClause.namedBindings.elements) {
        if (element.name.text !== name) continue;
        const spec = statement.moduleSpecifier.text;
        const target = join(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`);
        if (!existsSync(target)) break;
        return resolveName(files, target, (element.propertyName ?? element.name).text);
      }
    }
  }
  throw new Error(`${relative(ROOT, file)}: cannot find what "${name}" is`);
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

function walk(
  files: SourceFiles,
  file: string,
  expression: ts.Expression,
  path: string,
  into: Walked,
) {
  const node = unwrap(expression);
  const at = (key: string) => (path ? `${path}/${key}` : key);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    into.leaves.set(path, { file, node });
  } else if (ts.isIdentifier(node)) {
    const [target, init] = resolveName(files, file, node.text);
    walk(files, target, init, path, into);
  } else if (ts.isArrayLiteralExpression(node)) {
    into.containers.set(path, { file, node });
    node.elements.forEach((element, i) => walk(files, file, element, at(String(i)), into));
  } else if (ts.isObjectLiteralExpression(node)) {
    into.containers.set(path, { file, node });
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const name = propertyName(property.name);
        if (name === undefined) throw new Error(`${relative(ROOT, file)}: a computed key`);
        walk(files, file, property.initializer, at(name), into);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        const [target, init] = resolveName(files, file, property.name.text);
        walk(files, target, init, at(property.name.text), into);
      } else if (ts.isSpreadAssignment(property)) {
        walk(files, file, property.expression, path, into);
      }
    }
  } else {
    into.opaque.set(path, relative(ROOT, file));
  }
}

/** The part's exported `const` whose name ends with the part's suffix. */
function partRoot(files: SourceFiles, file: string, suffix: string): ts.Expression {
  for (const statement of files.get(file).statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text.endsWith(suffix) &&
        declaration.initializer
      )
        return declaration.initializer;
    }
  }
  throw new Error(`${relative(ROOT, file)}: no exported const ending in ${suffix}`);
}

/** Where each key of a language lives in its files. */
function walkLanguage(files: SourceFiles, lang: string, root: string): Walked {
  const walked: Walked = { leaves: new Map(), opaque: new Map(), containers: new Map() };
  for (const { file, suffix } of PARTS) {
    const path = partFile(lang, file, root);
    if (!existsSync(path)) continue;
    const prefix = file === 'draft' ? 'draft' : '';
    walk(files, path, partRoot(files, path, suffix), prefix, walked);
  }
  return walked;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const literal = (value: string) => JSON.stringify(value);
const keyText = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key));

type Tree = { [key: string]: Tree | string };

function treeText(tree: Tree | string, asList: boolean): string {
  if (typeof tree === 'string') return literal(tree);
  const entries = Object.entries(tree);
  if (asList) return `[${entries.map(([, v]) => treeText(v, isList(v))).join(', ')}]`;
  return `{ ${entries.map(([k, v]) => `${keyText(k)}: ${treeText(v, isList(v))}`).join(', ')} }`;
}
const isList = (tree: Tree | string) =>
  typeof tree !== 'string' && Object.keys(tree).every((k, i) => k === String(i));

export interface WriteResult {
  readonly changedFiles: readonly string[];
  readonly changed: readonly string[];
  readonly added: readonly string[];
}

/**
 * Sets each key of `updates` to its text in the language's word files under `root` (default:
 * this project). Nothing is written if any key cannot be placed. Two keys sharing one constant
 * (e.g. `selectAll` for every "select all" hint) must get the same text, or the error says to
 * split the constant by hand.
 */
export async function writeStrings(
  lang: string,
  updates: ReadonlyMap<string, string>,
  root = ROOT,
): Promise<WriteResult> {
  const files = new SourceFiles();
  const walked = walkLanguage(files, lang, root);
  const problems: string[] = [];
  const edits = new Map<string, Edit[]>();
  const addEdit = (file: string, edit: Edit) => edits.set(file, [...(edits.get(file) ?? []), edit]);

  // Keys sharing one literal (through a constant) must agree.
  const byNode = new Map<ts.Node, string[]>();
  for (const [key, leaf] of walked.leaves)
    byNode.set(leaf.node, [...(byNode.get(leaf.node) ?? []), key]);

  const changed: string[] = [];
  const added: string[] = [];
  const missing = new Map<string, string>();
  const done = new Set<ts.Node>();
  for (const [key, text] of updates) {
    const leaf = walked.leaves.get(key);
    if (!leaf) {
      if (walked.opaque.has(key))
        problems.push(`${key}: not a plain string in ${walked.opaque.get(key)}`);
      else missing.set(key, text);
      continue;
    }
    if (leaf.node.text === text || done.has(leaf.node)) continue;
    const sharing = byNode.get(leaf.node) ?? [key];
    const disagree = sharing.filter((k) => (updates.get(k) ?? leaf.node.text) !== text);
    if (disagree.length > 0) {
      problems.push(
        `${key}: shares one string in ${relative(ROOT, leaf.file)} with ${disagree.join(', ')}, which get other words: give them the same words, or write each out in the file`,
      );
      continue;
    }
    done.add(leaf.node);
    changed.push(...sharing.filter((k) => updates.has(k)));
    addEdit(leaf.file, {
      start: leaf.node.getStart(),
      end: leaf.node.getEnd(),
      text: literal(text),
    });
  }

  // Keys the files lack: added to the deepest object (or list) that exists, as one tree each.
  const inserts = new Map<string, { container: Container; tree: Tree }>();
  for (const [key, text] of missing) {
    const segments = key.split('/');
    let depth = segments.length - 1;
    while (depth > 0 && !walked.containers.has(segments.slice(0, depth).join('/'))) depth--;
    const parentKey = segments.slice(0, depth).join('/');
    const container = walked.containers.get(parentKey);
    if (!container || depth === 0) {
      problems.push(`${key}: no object in the word files to add it to`);
      continue;
    }
    const entry = inserts.get(parentKey) ?? { container, tree: {} };
    let tree = entry.tree;
    const rest = segments.slice(depth);
    rest.slice(0, -1).forEach((segment) => {
      const next = tree[segment];
      tree = typeof next === 'object' ? next : (tree[segment] = {});
    });
    tree[rest.at(-1)!] = text;
    inserts.set(parentKey, entry);
    added.push(key);
  }
  for (const [parentKey, { container, tree }] of inserts) {
    const node = container.node;
    const end = node.getEnd() - 1; // before the closing } or ]
    const items = ts.isArrayLiteralExpression(node) ? node.elements : node.properties;
    const comma = items.length > 0 && !items.hasTrailingComma ? ', ' : ' ';
    const text = ts.isArrayLiteralExpression(node)
      ? Object.entries(tree).map(([index, value]) => {
          if (Number(index) < items.length) throw new Error(`${parentKey}/${index}: exists`);
          return treeText(value, isList(value));
        })
      : Object.entries(tree).map(([k, v]) => `${keyText(k)}: ${treeText(v, isList(v))}`);
    addEdit(container.file, { start: end, end, text: `${comma}${text.join(', ')}` });
  }

  if (problems.length > 0) throw new Error(`Nothing written:\n  ${problems.join('\n  ')}`);

  const changedFiles: string[] = [];
  for (const [file, fileEdits] of edits) {
    let text = files.get(file).getFullText();
    for (const edit of [...fileEdits].sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
    changedFiles.push(file);
  }
  return { changedFiles, changed, added };
}
