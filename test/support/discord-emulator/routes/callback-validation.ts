/** Validation of the non-message callback payloads: autocomplete choices and modals. */
import type { FormErrorTree } from '../discord-errors.js';
import { addFormError } from '../message-validation.js';

/** Checks an autocomplete result: at most 25 choices, names 1–100, string values ≤ 100. */
export function validateChoices(data: Record<string, unknown>): FormErrorTree | undefined {
  const errors: FormErrorTree = {};
  const choices = Array.isArray(data.choices) ? (data.choices as Array<Record<string, unknown>>) : [];
  if (choices.length > 25)
    addFormError(errors, ['choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((choice, index) => {
    const name = typeof choice.name === 'string' ? choice.name : '';
    if (name.length < 1 || name.length > 100)
      addFormError(
        errors,
        ['choices', index, 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    if (typeof choice.value === 'string' && choice.value.length > 100)
      addFormError(
        errors,
        ['choices', index, 'value'],
        'BASE_TYPE_MAX_LENGTH',
        'Must be 100 or fewer in length.',
      );
  });
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Checks a modal: title 1–45, custom_id 1–100, 1–5 components. */
export function validateModal(data: Record<string, unknown>): FormErrorTree | undefined {
  const errors: FormErrorTree = {};
  const title = typeof data.title === 'string' ? data.title : '';
  const customId = typeof data.custom_id === 'string' ? data.custom_id : '';
  const components = Array.isArray(data.components) ? data.components : [];
  if (title.length < 1 || title.length > 45)
    addFormError(errors, ['title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  if (customId.length < 1 || customId.length > 100)
    addFormError(errors, ['custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if (components.length < 1 || components.length > 5)
    addFormError(errors, ['components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  return Object.keys(errors).length > 0 ? errors : undefined;
}
