import type { ForgeDoc } from './forge-doc';
import { docProblems, nodeProblem } from './ui-kit-nodes';

const node = (type: string, props: Record<string, unknown> = {}, children: ForgeDoc[] = []) => ({
  type,
  props,
  children,
});

describe('what UI Kit renders and what it refuses', () => {
  it.each([
    ['a component with its own props', node('Button', { appearance: 'primary', onClick: () => 1 })],
    ['a Frame', node('Frame', { resource: 'export', height: '300px' })],
    ['a Modal', node('Modal', { onClose: () => 1, width: 'large', testId: 'x' })],
    ['text', node('String', { text: 'Hi' })],
    ['a table row built by @forge/react', node('Row', { rowKey: '7' })],
    ['a table cell built by @forge/react', node('Cell', { cellKey: 'when', isSortable: true })],
  ])('renders %s', (_name, candidate) => {
    expect(nodeProblem(candidate)).toBeUndefined();
  });

  it.each([
    ['a component UI Kit lacks', node('Carousel'), 'UI Kit has no component "Carousel".'],
    ['an HTML element', node('div', { className: 'x' }), 'UI Kit has no component "div".'],
    [
      'a prop the component does not declare',
      node('Button', { appearance: 'primary', className: 'big', style: {} }),
      `UI Kit's Button has no prop "className", "style".`,
    ],
    [
      "another component's prop",
      node('Frame', { resource: 'export', size: 'large' }),
      `UI Kit's Frame has no prop "size".`,
    ],
  ])('refuses %s', (_name, candidate, message) => {
    expect(nodeProblem(candidate)?.message).toBe(message);
  });

  it('lists each problem of a tree once', () => {
    const tree = node('Stack', {}, [node('Carousel'), node('Inline', {}, [node('Carousel')])]);
    expect(docProblems(tree)).toEqual(['UI Kit has no component "Carousel".']);
  });
});
