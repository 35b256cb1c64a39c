/**
 * What only the archive can search by: authors, categories and object types (with counts from the answer's facets),
 * an address or CIDR prefix, and the applied filters as removable tags. Shown while the archive is the source.
 */
import React from 'react';
import { Form, Inline, Label, Select, Stack, Tag, TagGroup, Textfield } from '@forge/react';
import type { SearchAuditSuccess } from '../contract';
import { filterTags, optionsOf, type FilterName } from './archive-filter-model';
import { optionTexts } from './select-choice';
import type { StructuredFilters } from './search-model';
import { strings } from './strings';

export interface ArchiveFiltersProps {
  readonly applied: StructuredFilters;
  readonly ip: string;
  readonly facets?: SearchAuditSuccess['facets'];
  readonly onChange: (patch: StructuredFilters) => void;
  readonly onIpEdit: (ip: string) => void;
  readonly onIpApply: () => void;
  readonly onRemove: (name: FilterName, value?: string) => void;
}

const LISTS = [
  { name: 'authors', testId: 'filter-authors', label: strings.archive.authors },
  { name: 'categories', testId: 'filter-categories', label: strings.archive.categories },
  { name: 'objectTypes', testId: 'filter-object-types', label: strings.archive.objectTypes },
] as const;

export const ArchiveFilters = (props: ArchiveFiltersProps) => (
  <Stack space="space.100">
    <Inline space="space.200" alignBlock="end" shouldWrap>
      {LISTS.map(({ name, testId, label }) => (
        <Stack key={name} space="space.050">
          <Label labelFor={testId}>{label}</Label>
          <Select
            inputId={testId}
            testId={testId}
            isMulti
            spacing="compact"
            options={optionsOf(name, props.facets, props.applied)}
            value={optionsOf(name, props.facets, props.applied).filter((option) =>
              (props.applied[name] ?? []).includes(option.value),
            )}
            onChange={(choice: unknown) => props.onChange({ [name]: optionTexts(choice) })}
          />
        </Stack>
      ))}
      {/* Alone in its form: Enter in the field applies it, as in the search text. */}
      <Form onSubmit={props.onIpApply}>
        <Stack space="space.050">
          <Label labelFor="filter-ip">{strings.archive.ip}</Label>
          <Textfield
            id="filter-ip"
            name="ip"
            testId="filter-ip"
            width={180}
            value={props.ip}
            placeholder="10.0.0.0/8"
            onChange={(event) => props.onIpEdit(String(event.target.value ?? ''))}
          />
        </Stack>
      </Form>
    </Inline>
    {filterTags(props.applied, props.facets).length > 0 && (
      <TagGroup>
        {filterTags(props.applied, props.facets).map((tag) => (
          <Tag
            key={`${tag.name}-${tag.value ?? ''}`}
            testId={`filter-tag-${tag.name}${tag.value === undefined ? '' : `-${tag.value}`}`}
            text={tag.text}
            isRemovable
            removeButtonLabel={strings.archive.remove(tag.text)}
            onAfterRemoveAction={() => props.onRemove(tag.name, tag.value)}
          />
        ))}
      </TagGroup>
    )}
  </Stack>
);
