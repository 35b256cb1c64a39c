/**
 * What Jira shows instead of an app view whose resolver needs the admin's consent (asUser without a grant): Forge's
 * own "Allow access" prompt. The preview has no grant to give, so the button only says so.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

const panel = xcss({
  padding: 'space.300',
  borderRadius: 'radius.large',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'color.background.neutral.subtle',
});

export const ConsentPrompt = ({ appTitle }: { readonly appTitle: string }) => {
  const [asked, setAsked] = useState(false);
  return (
    <Box xcss={panel} testId="preview-consent">
      <Stack space="space.150" alignInline="start">
        <Heading size="small" as="h2">
          {`${appTitle} needs your permission`}
        </Heading>
        <Text>
          Allow the app to access Atlassian products on your behalf. It acts only with your own
          permissions.
        </Text>
        <Button appearance="primary" onClick={() => setAsked(true)} testId="preview-consent-allow">
          Allow access
        </Button>
        {asked ? (
          <Text size="small" color="color.text.subtle">
            In Jira this opens Atlassian&apos;s consent screen. The preview has nothing to grant:
            open it without ?scenario=needs-auth.
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
};
