/**
 * Saved searches on the archive: a menu that opens one (a shared one with the admin who saved it), Delete for the
 * admin's own, and a name to save the search on screen under, shared with every admin or not.
 */
import React from 'react';
import {
  Button,
  Form,
  Inline,
  Label,
  Select,
  Stack,
  Text,
  Textfield,
  Toggle,
  User,
} from '@forge/react';
import { SAVED_SEARCH_MAX_NAME } from '../contract/saved-search-results';
import { savedSearchLabel } from './saved-search-model';
import { optionText } from './select-choice';
import { strings } from './strings';
import type { SavedSearches } from './use-saved-searches';

export const SavedSearchControls = ({ saved }: { readonly saved: SavedSearches }) => {
  const options = saved.searches.map((search) => ({
    label: savedSearchLabel(search),
    value: search.id,
  }));
  return (
    <Stack space="space.100">
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <Stack space="space.050">
          <Label labelFor="saved-searches">{strings.saved.menu}</Label>
          <Select
            inputId="saved-searches"
            testId="saved-searches"
            spacing="compact"
            placeholder={strings.saved.menuPlaceholder}
            options={options}
            value={options.find((option) => option.value === saved.selected?.id) ?? null}
            onChange={(choice: unknown) => saved.open(optionText(choice))}
          />
        </Stack>
        {saved.selected && !saved.selected.mine && (
          <Inline space="space.050" alignBlock="center" testId="saved-search-owner">
            <Text>{strings.saved.sharedBy}</Text>
            <User accountId={saved.selected.owner} />
          </Inline>
        )}
        {saved.selected?.mine && (
          <Button
            testId="delete-saved-search"
            spacing="compact"
            isDisabled={saved.busy}
            onClick={saved.remove}
          >
            {strings.saved.remove}
          </Button>
        )}
        {/* Alone in its form: Enter in the name saves. */}
        <Form onSubmit={saved.save}>
          <Stack space="space.050">
            <Label labelFor="saved-search-name">{strings.saved.name}</Label>
            <Textfield
              id="saved-search-name"
              name="saved-search-name"
              testId="saved-search-name"
              width={240}
              maxLength={SAVED_SEARCH_MAX_NAME}
              placeholder={strings.saved.namePlaceholder}
              value={saved.name}
              onChange={(event) => saved.editName(String(event.target.value ?? ''))}
            />
          </Stack>
        </Form>
        <Inline space="space.050" alignBlock="center">
          <Toggle
            id="saved-search-shared"
            testId="saved-search-shared"
            isChecked={saved.shared}
            onChange={() => saved.setShared(!saved.shared)}
          />
          <Label labelFor="saved-search-shared">{strings.saved.share}</Label>
        </Inline>
        <Button testId="save-search" isDisabled={saved.busy} onClick={saved.save}>
          {strings.saved.save}
        </Button>
      </Inline>
      {saved.message !== undefined && <Text testId="saved-search-message">{saved.message}</Text>}
    </Stack>
  );
};
