/** Form controls: Textfield, TextArea, DatePicker, TimePicker, Select, Toggle and the Form family. */
import type { ComponentProps, FormEvent } from 'react';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import { DatePicker, TimePicker } from '@atlaskit/datetime-picker';
import Select from '@atlaskit/select';
import Toggle from '@atlaskit/toggle';
import {
  ErrorMessage,
  FormFooter,
  FormHeader,
  FormSection,
  HelperMessage,
  Label,
  RequiredAsterisk,
  ValidMessage,
} from '@atlaskit/form';
import { renderChildren, renderElementProp, type NodeProps, type NodeRegistry } from '../node-view';
import { forward, forwardAll, stringProp, without, propsAs } from './props';
import { withChildren } from './wrap';

const EVENTS = ['onChange', 'onBlur', 'onFocus'] as const;

const TextfieldNode = ({ node }: NodeProps) => {
  const props = node.props;
  return (
    <Textfield
      {...propsAs<ComponentProps<typeof Textfield>>(
        without(props, [...EVENTS, 'elemBeforeInput', 'elemAfterInput']),
      )}
      {...forwardAll(props, EVENTS)}
      elemBeforeInput={renderElementProp(props.elemBeforeInput, 'before')}
      elemAfterInput={renderElementProp(props.elemAfterInput, 'after')}
    />
  );
};

const TextAreaNode = ({ node }: NodeProps) => (
  <TextArea
    {...propsAs<ComponentProps<typeof TextArea>>(without(node.props, EVENTS))}
    {...forwardAll(node.props, EVENTS)}
  />
);

// The pickers call onChange with a `YYYY-MM-DD` / `HH:mm` string, as UI Kit documents.
const DatePickerNode = ({ node }: NodeProps) => (
  <DatePicker
    {...propsAs<ComponentProps<typeof DatePicker>>(without(node.props, EVENTS))}
    {...forwardAll(node.props, EVENTS)}
  />
);

const TimePickerNode = ({ node }: NodeProps) => (
  <TimePicker
    {...propsAs<ComponentProps<typeof TimePicker>>(without(node.props, EVENTS))}
    {...forwardAll(node.props, EVENTS)}
  />
);

const SelectNode = ({ node }: NodeProps) => (
  <Select
    {...propsAs<ComponentProps<typeof Select>>(without(node.props, [...EVENTS, 'onInputChange']))}
    {...forwardAll(node.props, [...EVENTS, 'onInputChange'])}
  />
);

const ToggleNode = ({ node }: NodeProps) => (
  <Toggle
    {...propsAs<ComponentProps<typeof Toggle>>(without(node.props, EVENTS))}
    {...forwardAll(node.props, EVENTS)}
  />
);

const FormNode = ({ node }: NodeProps) => {
  const submit = forward(node.props, 'onSubmit');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  return (
    <form
      onSubmit={onSubmit}
      id={stringProp(node.props, 'id')}
      data-testid={stringProp(node.props, 'testId')}
    >
      {renderChildren(node)}
    </form>
  );
};

const LabelNode = ({ node }: NodeProps) => (
  <Label
    htmlFor={stringProp(node.props, 'labelFor') ?? ''}
    id={stringProp(node.props, 'id')}
    testId={stringProp(node.props, 'testId')}
  >
    {renderChildren(node)}
  </Label>
);

export const inputNodes: NodeRegistry = {
  Textfield: TextfieldNode,
  TextArea: TextAreaNode,
  DatePicker: DatePickerNode,
  TimePicker: TimePickerNode,
  Select: SelectNode,
  Toggle: ToggleNode,
  Form: FormNode,
  FormHeader: withChildren(FormHeader),
  FormSection: withChildren(FormSection),
  FormFooter: withChildren(FormFooter),
  Label: LabelNode,
  ErrorMessage: withChildren(ErrorMessage),
  HelperMessage: withChildren(HelperMessage),
  ValidMessage: withChildren(ValidMessage),
  RequiredAsterisk: () => <RequiredAsterisk />,
};
