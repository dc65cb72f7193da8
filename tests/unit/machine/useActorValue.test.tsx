import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { assign, createActor, createMachine, setup } from 'xstate';
import { useActorValue } from '../../../src/machines/wizard/useActorValue';

const counter = setup({ types: { context: {} as { n: number; other: number } } }).createMachine({
  context: { n: 0, other: 0 },
  initial: 'idle',
  states: {
    idle: {
      on: {
        INC: { actions: assign({ n: ({ context }) => context.n + 1 }) },
        OTHER: { actions: assign({ other: ({ context }) => context.other + 1 }) },
        GO: 'done',
      },
    },
    done: {},
  },
});

describe('useActorValue', () => {
  it('follows the selected value and re-renders only when it changes', () => {
    const actor = createActor(counter).start();
    let renders = 0;
    function Show() {
      renders++;
      const n = useActorValue(actor, (s) => s.context.n);
      const state = useActorValue(actor, (s) => s.value as string);
      return <p>{`${state} ${n}`}</p>;
    }
    render(<Show />);
    expect(screen.getByText('idle 0')).toBeTruthy();
    act(() => actor.send({ type: 'INC' }));
    expect(screen.getByText('idle 1')).toBeTruthy();
    const before = renders;
    act(() => actor.send({ type: 'OTHER' }));
    expect(renders).toBe(before);
    act(() => actor.send({ type: 'GO' }));
    expect(screen.getByText('done 1')).toBeTruthy();
  });

  it('throws a failed machine’s error to the nearest boundary, as useSelector does', () => {
    const failing = createMachine({
      initial: 'a',
      states: {
        a: {
          on: {
            BREAK: {
              actions: () => {
                throw new Error('broken');
              },
            },
          },
        },
      },
    });
    const actor = createActor(failing);
    actor.subscribe({ error: () => {} });
    actor.start();
    class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
      override state: { error?: Error } = {};
      static getDerivedStateFromError(error: Error) {
        return { error };
      }
      override render() {
        return this.state.error ? <p>caught {this.state.error.message}</p> : this.props.children;
      }
    }
    function Show() {
      return <p>{useActorValue(actor, (s) => s.value as string)}</p>;
    }
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <Boundary>
          <Show />
        </Boundary>,
      );
      expect(screen.getByText('a')).toBeTruthy();
      act(() => actor.send({ type: 'BREAK' }));
      expect(screen.getByText('caught broken')).toBeTruthy();
    } finally {
      console.error = quiet;
    }
  });
});
