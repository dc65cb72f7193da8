import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { assign, setup, type AnyStateNode } from 'xstate';
import { useStartedActor } from '../../../src/machines/wizard/useStartedActor';
import { useActorValue } from '../../../src/machines/wizard/useActorValue';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';

const counter = setup({ types: { context: {} as { n: number } } }).createMachine({
  context: { n: 0 },
  on: { INC: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
});

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allStateNodes)];
}

describe('useStartedActor', () => {
  it('gives one running actor for the component’s life, through StrictMode’s effect replay', () => {
    const seen = new Set<unknown>();
    let send: (() => void) | undefined;
    function Count() {
      const actor = useStartedActor(counter, {});
      seen.add(actor);
      send = () => actor.send({ type: 'INC' });
      const n = useActorValue(actor, (s) => s.context.n);
      return <p>{`${actor.getSnapshot().status} ${n}`}</p>;
    }
    const { rerender } = render(
      <StrictMode>
        <Count />
      </StrictMode>,
    );
    expect(screen.getByText('active 0')).toBeTruthy();
    act(() => send!());
    act(() => send!());
    expect(screen.getByText('active 2')).toBeTruthy();
    const kept = [...seen].at(-1);
    rerender(
      <StrictMode>
        <Count />
      </StrictMode>,
    );
    expect([...seen].at(-1)).toBe(kept);
    expect(screen.getByText('active 2')).toBeTruthy();
  });

  it('starts from a restored snapshot', () => {
    function Count({ snapshot }: { snapshot: unknown }) {
      const actor = useStartedActor(counter, { snapshot: snapshot as never });
      return <p>{`n=${useActorValue(actor, (s) => s.context.n)}`}</p>;
    }
    const { rerender } = render(<Count snapshot={undefined} />);
    expect(screen.getByText('n=0')).toBeTruthy();
    rerender(<></>);
    const restored = { status: 'active', value: {}, context: { n: 5 }, children: {} };
    render(<Count snapshot={restored} />);
    expect(screen.getByText('n=5')).toBeTruthy();
  });

  // Why the actor may be left running: it holds nothing (no timer, no child actor) to release.
  it('is used for a machine with no timers and no invoked actors', () => {
    const nodes = allStateNodes(wizardMachine.root);
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      expect(node.after, node.id).toEqual([]);
      expect(node.invoke, node.id).toEqual([]);
    }
  });
});
