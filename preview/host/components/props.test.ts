import { forward, forwardAll, serialiseEvent, without } from './props';

const syntheticChange = (value: string) => ({
  nativeEvent: {},
  target: {
    value,
    name: 'filter',
    id: 'filter-text',
    tagName: 'INPUT',
    type: 'text',
    selectionStart: 2,
    selectionEnd: 2,
  },
  currentTarget: { secret: 'DOM node' },
  bubbles: true,
  cancelable: false,
  defaultPrevented: false,
  eventPhase: 3,
  isTrusted: true,
  timeStamp: 12,
  type: 'change',
});

describe('app handlers get UI Kit serialisable events', () => {
  test('a DOM event becomes plain data with the target’s value and no DOM references', () => {
    expect(serialiseEvent(syntheticChange('gr'))).toEqual({
      bubbles: true,
      cancelable: false,
      defaultPrevented: false,
      eventPhase: 3,
      isTrusted: true,
      target: {
        value: 'gr',
        name: 'filter',
        id: 'filter-text',
        tagName: 'INPUT',
        type: 'text',
        checked: undefined,
        selectionStart: 2,
        selectionEnd: 2,
      },
      timeStamp: 12,
      type: 'change',
    });
  });

  test.each([
    ['a date string', '2026-11-20'],
    ['a select option', { label: '25', value: 25 }],
    ['nothing', undefined],
  ])('%s passes through unchanged', (_name, value) => {
    expect(serialiseEvent(value)).toBe(value);
  });

  test('forward calls the app’s handler with serialised arguments and ignores a missing one', () => {
    const calls: unknown[][] = [];
    const props = { onChange: (...args: unknown[]) => calls.push(args) };

    forward(props, 'onChange')(syntheticChange('x'), 'second');
    forward(props, 'onBlur')(syntheticChange('y'));

    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toMatchObject({ target: { value: 'x' } });
    expect(calls[0]?.[1]).toBe('second');
  });

  test('forwardAll wraps only the handlers the app set', () => {
    expect(
      Object.keys(
        forwardAll({ onClick: () => 1, onBlur: 'not a function' }, [
          'onClick',
          'onBlur',
          'onFocus',
        ]),
      ),
    ).toEqual(['onClick']);
  });

  test('without drops the named props only', () => {
    expect(without({ a: 1, b: 2, c: 3 }, ['b'])).toEqual({ a: 1, c: 3 });
  });
});
