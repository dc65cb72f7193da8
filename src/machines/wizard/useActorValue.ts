import { useCallback, useSyncExternalStore } from 'react';

interface ReadableActor<S> {
  getSnapshot(): S;
  subscribe(observer: { next: () => void; error: () => void }): { unsubscribe(): void };
}

/**
 * One value read from an actor's snapshot, re-rendering only when it changes (===): what
 * @xstate/react's useSelector does, on React's own useSyncExternalStore. useSelector brings the
 * use-sync-external-store "with selector" shim onto the first load, and the values read here
 * (the state's name, the context object) are stable without it.
 */
export function useActorValue<S extends { status: string; error?: unknown }, T>(
  actor: ReadableActor<S>,
  select: (snapshot: S) => T,
): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe({ next: onChange, error: onChange });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const read = () => {
    const snapshot = actor.getSnapshot();
    // As useSelector does: a machine that failed reaches the error boundary, not a stale screen.
    if (snapshot.status === 'error') throw snapshot.error;
    return select(snapshot);
  };
  // The same read on the server: the build prerenders the start screen.
  return useSyncExternalStore(subscribe, read, read);
}
