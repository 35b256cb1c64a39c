/** Validates mock responses against Jira's vendored OpenAPI description, so the mock cannot drift from Jira's shapes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SPEC_PATH = join(__dirname, '../../../vendor/jira/audit-records.openapi.json');

type Spec = { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

const loadSpec = (): Spec => {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  const record = spec.components.schemas.AuditRecordBean;
  if (!record?.properties) throw new Error('vendored OpenAPI has no AuditRecordBean');
  // Real responses carry authorAccountId although the description omits it (additionalProperties: false).
  record.properties.authorAccountId = { type: 'string' };
  return spec;
};

let validators: { auditRecords: ValidateFunction; usersPage: ValidateFunction } | undefined;

export const jiraSchemas = () => {
  if (!validators) {
    // strict off: OpenAPI keywords (example, xml, readOnly) are not JSON Schema.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(loadSpec(), 'jira');
    const get = (name: string) => {
      const validate = ajv.getSchema(`jira#/components/schemas/${name}`);
      if (!validate) throw new Error(`no schema ${name}`);
      return validate;
    };
    validators = { auditRecords: get('AuditRecords'), usersPage: get('PageBeanUser') };
  }
  return validators;
};

/** Undefined when valid, else ajv's errors as text. */
export const schemaErrors = (validate: ValidateFunction, value: unknown): string | undefined =>
  validate(value) ? undefined : JSON.stringify(validate.errors, null, 1);
