import type { FormErrorTree } from './discord-errors.js';

/** Discord's documented message limits. */
export const MessageLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

/** The message flag of Components V2 layouts, which lift the action-row limits. */
const IS_COMPONENTS_V2 = 1 << 15;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textLength = (value: unknown): number => (typeof value === 'string' ? value.length : 0);

/** Records an error at a nested path, building the `{ a: { 0: { b: { _errors } } } }` shape. */
export function addFormError(
  tree: FormErrorTree,
  path: Array<string | number>,
  code: string,
  message: string,
): void {
  let node = tree;
  for (const key of path) {
    const child = node[String(key)];
    if (child && !Array.isArray(child)) {
      node = child;
    } else {
      const created: FormErrorTree = {};
      node[String(key)] = created;
      node = created;
    }
  }
  (node._errors ??= []).push({ code, message });
}

function checkMaxLength(
  tree: FormErrorTree,
  path: Array<string | number>,
  value: unknown,
  max: number,
): void {
  if (textLength(value) > max)
    addFormError(tree, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

function validateEmbeds(tree: FormErrorTree, embeds: unknown[]): void {
  if (embeds.length > MessageLimits.embeds) {
    addFormError(
      tree,
      ['embeds'],
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${MessageLimits.embeds} or fewer in length.`,
    );
  }
  let totalCharacters = 0;
  embeds.forEach((embed, index) => {
    if (!isRecord(embed)) return;
    const at = (...rest: Array<string | number>): Array<string | number> => ['embeds', index, ...rest];
    checkMaxLength(tree, at('title'), embed.title, MessageLimits.embedTitle);
    checkMaxLength(tree, at('description'), embed.description, MessageLimits.embedDescription);
    const footer = isRecord(embed.footer) ? embed.footer : {};
    const author = isRecord(embed.author) ? embed.author : {};
    checkMaxLength(tree, at('footer', 'text'), footer.text, MessageLimits.footerText);
    checkMaxLength(tree, at('author', 'name'), author.name, MessageLimits.authorName);
    totalCharacters += textLength(embed.title) + textLength(embed.description);
    totalCharacters += textLength(footer.text) + textLength(author.name);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > MessageLimits.embedFields) {
      const message = `Must be ${MessageLimits.embedFields} or fewer in length.`;
      addFormError(tree, at('fields'), 'BASE_TYPE_MAX_LENGTH', message);
    }
    fields.forEach((field: unknown, fieldIndex) => {
      const { name, value } = isRecord(field) ? field : {};
      for (const [key, text, max] of [
        ['name', name, MessageLimits.fieldName],
        ['value', value, MessageLimits.fieldValue],
      ] as const) {
        if (textLength(text) === 0)
          addFormError(tree, at('fields', fieldIndex, key), 'BASE_TYPE_REQUIRED', 'This field is required');
        checkMaxLength(tree, at('fields', fieldIndex, key), text, max);
      }
      totalCharacters += textLength(name) + textLength(value);
    });
  });
  if (totalCharacters > MessageLimits.embedTotal) {
    const message = `Embed size exceeds maximum size of ${MessageLimits.embedTotal}`;
    addFormError(tree, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', message);
  }
}

function validateComponents(tree: FormErrorTree, rows: unknown[], componentsV2: boolean): void {
  if (!componentsV2 && rows.length > MessageLimits.actionRows) {
    const message = `Must be ${MessageLimits.actionRows} or fewer in length.`;
    addFormError(tree, ['components'], 'BASE_TYPE_MAX_LENGTH', message);
  }
  const seenCustomIds = new Set<string>();
  rows.forEach((row, rowIndex) => {
    const children = isRecord(row) && Array.isArray(row.components) ? row.components : [];
    if (!componentsV2 && (children.length < 1 || children.length > MessageLimits.componentsPerRow)) {
      const message = `Must be between 1 and ${MessageLimits.componentsPerRow} in length.`;
      addFormError(tree, ['components', rowIndex, 'components'], 'BASE_TYPE_BAD_LENGTH', message);
    }
    children.forEach((component: unknown, index) => {
      if (!isRecord(component)) return;
      const at = ['components', rowIndex, 'components', index];
      const customId = component.custom_id;
      checkMaxLength(tree, [...at, 'custom_id'], customId, MessageLimits.customId);
      checkMaxLength(tree, [...at, 'label'], component.label, MessageLimits.buttonLabel);
      // Link (5) and premium (6) buttons carry no custom_id; every other button needs one.
      const isInteractiveButton = component.type === 2 && component.style !== 5 && component.style !== 6;
      if (isInteractiveButton && textLength(customId) === 0) {
        addFormError(tree, [...at, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
      }
      if (typeof customId === 'string') {
        if (seenCustomIds.has(customId)) {
          const message = 'Component custom id cannot be duplicated';
          addFormError(tree, [...at, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', message);
        }
        seenCustomIds.add(customId);
      }
    });
  });
}

/**
 * Checks a message create/edit body against Discord's limits.
 * Returns the `errors` tree of a 50035 answer, or undefined when the body is valid.
 */
export function validateMessageBody(body: Json): FormErrorTree | undefined {
  const tree: FormErrorTree = {};
  if (body.content !== undefined && body.content !== null && typeof body.content !== 'string') {
    addFormError(tree, ['content'], 'BASE_TYPE_STRING', 'Must be a string.');
  }
  checkMaxLength(tree, ['content'], body.content, MessageLimits.content);
  if (Array.isArray(body.embeds)) validateEmbeds(tree, body.embeds);
  if (Array.isArray(body.components)) {
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    validateComponents(tree, body.components, (flags & IS_COMPONENTS_V2) !== 0);
  }
  return Object.keys(tree).length > 0 ? tree : undefined;
}

/** Nests an errors tree under a field, as Discord does for `data` of interaction callbacks. */
export function nestFormErrors(field: string, errors: FormErrorTree): FormErrorTree {
  return { [field]: errors };
}
