// Module hooks registered by ./use-center-config.mjs: resolves src/config/center.ts to `to`.
let from = '';
let to = '';

export function initialize(data) {
  ({ from, to } = data);
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  return resolved.url === from ? { ...resolved, url: to } : resolved;
}
