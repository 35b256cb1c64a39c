import fs from 'node:fs';
import path from 'node:path';
import { validate, type ValidationError } from '@forge/manifest';
import { findBrokenIconReferences } from './icon-references';
import type { CheckOutcome } from './run-check';
import { runCheckCli } from './run-check';

export type ManifestProblem = Pick<
  ValidationError,
  'level' | 'line' | 'column' | 'message' | 'reference'
>;

/**
 * Validates manifest.yml with the validator `forge deploy` runs first (schema, module keys,
 * handler files, resource paths, scopes, runtime; paths resolve from the manifest's folder),
 * plus module icons, which that validator skips.
 */
export async function validateManifest(appDirectory: string): Promise<ManifestProblem[]> {
  const result = await validate(false, path.join(appDirectory, 'manifest.yml'));
  const problems: ManifestProblem[] = (result.errors ?? []).map(
    ({ level, line, column, message, reference }) => ({ level, line, column, message, reference }),
  );
  const manifest = result.manifestObject;
  if (manifest?.typedContent) {
    const fileExists = (pathInApp: string) => fs.existsSync(path.join(appDirectory, pathInApp));
    for (const { icon, message } of findBrokenIconReferences(manifest.typedContent, fileExists)) {
      const line = manifest.yamlContentByLine?.findIndex((text) => text.includes(icon)) ?? -1;
      problems.push({
        level: 'error',
        message,
        reference: 'icon-resource',
        ...(line >= 0 ? { line: line + 1, column: 1 } : {}),
      });
    }
  }
  // The validator can fail without listing why (e.g. an unreadable file); never report a pass then.
  if (!result.success && problems.length === 0) {
    problems.push({
      level: 'error',
      message: 'the validator rejected the manifest',
      reference: '',
    });
  }
  return problems;
}

export async function checkManifest(appDirectory: string): Promise<CheckOutcome> {
  const problems = await validateManifest(appDirectory);
  const file = path.relative(process.cwd(), path.join(appDirectory, 'manifest.yml'));
  for (const { level, line, column, message, reference } of problems) {
    console.log(
      `${file}:${line ?? '?'}:${column ?? '?'} ${level} ${message}${reference ? ` (${reference})` : ''}`,
    );
  }
  const errors = problems.filter((problem) => problem.level === 'error').length;
  return {
    passed: errors === 0,
    summary: `${errors} error(s), ${problems.length - errors} warning(s) in ${file}`,
  };
}

if (require.main === module) runCheckCli('check:manifest', checkManifest);
