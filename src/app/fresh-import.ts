/**
 * A lazy chunk's loader that can really be tried again. Firefox and WebKit keep a module whose
 * download failed as failed in the document's module map, so the same import() rejects again even
 * once the network is back (Chromium fetches again), and reloading the page would lose the answers.
 * After a failure, the next call imports the same file under a URL no engine has seen:
 * `?retry=N` (the server ignores the query; the CSP's 'self' allows it). The file is the one the
 * bundler wrote into `load` (`import(\`./deferred-….js\`)`), read from the function's own text
 * (so `load` is a bare `() => import('./x')`: the first string in it is the file), and the first
 * screen pays no table of chunk names. The URL that worked is kept, so the module is
 * loaded once. Its static imports keep their URLs: a lazy chunk imports only the entry, which is
 * always there (vite.config.ts checks). Its stylesheet: see ./deferred.ts.
 */
export function retrying<M>(load: () => Promise<M>): () => Promise<M> {
  let failures = 0;
  return () =>
    (failures
      ? (import(
          /* @vite-ignore */ `${String(load).split(/["'`]/)[1]}?retry=${failures}`
        ) as Promise<M>)
      : load()
    ).catch((error: unknown) => {
      failures++;
      throw error;
    });
}
