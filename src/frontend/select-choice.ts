/** What UI Kit's Select hands its onChange: an option object (or a list of them when isMulti), read once here. */

/** The `value` of a chosen option, whatever its type; undefined for a cleared Select. */
export const optionValue = (choice: unknown): unknown =>
  typeof choice === 'object' && choice !== null && 'value' in choice ? choice.value : undefined;

/** The chosen option's value when it is text. */
export const optionText = (choice: unknown): string | undefined => {
  const value = optionValue(choice);
  return typeof value === 'string' ? value : undefined;
};

/** The text values of a multi Select's choice (none when cleared). */
export const optionTexts = (choice: unknown): string[] =>
  (Array.isArray(choice) ? choice : [])
    .map(optionText)
    .filter((value): value is string => value !== undefined);
