/** The host renderer: draws the forgeDoc the app's ForgeReconciler sends with real Atlassian Design System components. */
import type { ReactNode } from 'react';
import type { ForgeDoc } from '../../src/testing/forge-host/forge-doc';
import { ForgeNode, RegistryContext, type NodeRegistry } from './node-view';
import { buttonNodes } from './components/buttons';
import { chartNodes } from './components/charts';
import { codeNodes } from './components/code';
import { feedbackNodes } from './components/feedback';
import { frameNodes } from './components/frame';
import { iconNodes } from './components/icons';
import { inputNodes } from './components/inputs';
import { layoutNodes } from './components/layout';
import { modalNodes } from './components/modal';
import { peopleNodes } from './components/people';
import { tableNodes } from './components/table';

/** Every UI Kit node type the preview can draw, by family. */
export const UI_KIT_NODES: NodeRegistry = {
  ...layoutNodes,
  ...buttonNodes,
  ...inputNodes,
  ...feedbackNodes,
  ...tableNodes,
  ...modalNodes,
  ...peopleNodes,
  ...codeNodes,
  ...iconNodes,
  ...chartNodes,
  ...frameNodes,
};

export interface ForgeDocViewProps {
  /** The reconciler mutates one doc in place: the host re-renders on every reconcile, not on identity. */
  readonly doc: ForgeDoc | undefined;
  readonly fallback?: ReactNode;
}

export const ForgeDocView = ({ doc, fallback = null }: ForgeDocViewProps) => (
  <RegistryContext.Provider value={UI_KIT_NODES}>
    {doc === undefined ? fallback : <ForgeNode node={doc} />}
  </RegistryContext.Provider>
);
