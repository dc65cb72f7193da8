import { useState } from 'react';
import { createActor, type Actor, type ActorOptions, type AnyStateMachine } from 'xstate';

/**
 * The wizard's actor: created and started once, for the component's life. It is what
 * @xstate/react's useActorRef does, minus what this machine never needs: the machine is pure
 * (assign actions only; no timers, no invoked actors: tests/unit/machine/useStartedActor.test.tsx
 * holds it to that), so a started actor holds nothing to release and is never stopped. That
 * also keeps it whole through StrictMode's effect replay, which useActorRef handles by stopping
 * and patching the actor back to life. Dropping @xstate/react takes it and its
 * use-sync-external-store shim off the first load.
 */
export function useStartedActor<M extends AnyStateMachine>(
  machine: M,
  options: ActorOptions<M>,
): Actor<M> {
  // StrictMode calls this initialiser twice in development; the spare actor is just garbage.
  const [actor] = useState(() => createActor(machine, options).start());
  return actor;
}
