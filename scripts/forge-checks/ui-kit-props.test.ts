import path from 'node:path';
import { UI_KIT_PROPS } from '../../src/testing/forge-host/ui-kit-props.generated';
import { readUiKitProps } from './read-ui-kit-props';

describe("the Forge host's table of UI Kit props", () => {
  it('matches the installed @atlaskit/forge-react-types (after upgrading @forge/react, run generate-ui-kit-props)', () => {
    const props = readUiKitProps(path.resolve(__dirname, '..', '..'));

    expect(props.Frame).toEqual(['dispatch', 'frameId', 'height', 'resource', 'width']);
    expect(UI_KIT_PROPS).toEqual(
      Object.fromEntries(Object.entries(props).map(([name, list]) => [name, list.join(' ')])),
    );
  }, 120_000);
});
