/** Reading app props: handlers get UI Kit's serialisable events, never DOM objects the bridge could not carry. */
import type { SyntheticEvent } from 'react';

export type Props = Record<string, unknown>;

/** The event shape UI Kit hands to app handlers (`@atlaskit/forge-react-types` SerialisableEvent). */
export interface SerialisableEvent {
  readonly bubbles: boolean;
  readonly cancelable: boolean;
  readonly defaultPrevented: boolean;
  readonly eventPhase: number;
  readonly isTrusted: boolean;
  readonly target: {
    readonly value?: unknown;
    readonly checked?: boolean;
    readonly name?: string;
    readonly id?: string;
    readonly tagName?: string;
    readonly type?: string;
    readonly selectionStart?: number | null;
    readonly selectionEnd?: number | null;
  };
  readonly timeStamp: number;
  readonly type: string;
}

const isSyntheticEvent = (value: unknown): value is SyntheticEvent =>
  typeof value === 'object' && value !== null && 'nativeEvent' in value && 'target' in value;

export const serialiseEvent = (event: unknown): unknown => {
  if (!isSyntheticEvent(event)) return event;
  const target = event.target as Partial<HTMLInputElement>;
  return {
    bubbles: event.bubbles,
    cancelable: event.cancelable,
    defaultPrevented: event.defaultPrevented,
    eventPhase: event.eventPhase,
    isTrusted: event.isTrusted,
    target: {
      value: target.value,
      checked: target.checked,
      name: target.name,
      id: target.id,
      tagName: target.tagName,
      type: target.type,
      selectionStart: safely(() => target.selectionStart),
      selectionEnd: safely(() => target.selectionEnd),
    },
    timeStamp: event.timeStamp,
    type: event.type,
  } satisfies SerialisableEvent;
};

// selectionStart throws on inputs such as type=date.
const safely = <T>(read: () => T): T | null => {
  try {
    return read();
  } catch {
    return null;
  }
};

/** A handler that forwards to the app's prop (if it is a function) with serialised arguments. */
export const forward =
  (props: Props, name: string) =>
  (...args: unknown[]): unknown => {
    const handler = props[name];
    return typeof handler === 'function' ? handler(...args.map(serialiseEvent)) : undefined;
  };

/** The app's handler props wrapped by `forward`, only for those the app set. */
export const forwardAll = (props: Props, names: readonly string[]): Props =>
  Object.fromEntries(
    names
      .filter((name) => typeof props[name] === 'function')
      .map((name) => [name, forward(props, name)]),
  );

/**
 * UI Kit's props for a node are the typed props of the ADS component it wraps (`@atlaskit/forge-react-types`
 * picks them from that component), so the host hands them on as the product renderer does.
 */
export const propsAs = <P>(props: Props): P => props as unknown as P;

export const without = (props: Props, names: readonly string[]): Props =>
  Object.fromEntries(Object.entries(props).filter(([name]) => !names.includes(name)));

export const stringProp = (props: Props, name: string): string | undefined => {
  const value = props[name];
  return typeof value === 'string' ? value : undefined;
};
