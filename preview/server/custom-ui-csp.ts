/**
 * The Content-Security-Policy Forge serves a Custom UI resource with, built by Forge's own @forge/csp from the page's
 * HTML and the manifest's `permissions` (content.styles/scripts, external.*): an inline style or a host the manifest
 * does not declare is blocked here as on a real site. Only the report-uri (Atlassian's) is left out.
 */
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import { load } from 'cheerio';

export type ManifestPermissions = Parameters<CSPProcessingService['getCspDetails']>[1];

export const customUiCsp = (html: string, permissions: ManifestPermissions): string => {
  const details = new CSPProcessingService({ info: () => undefined }, load).getCspDetails(
    html,
    permissions,
  );
  return new CSPInjectionService()
    .getInjectableCSP({ existingCSPDetails: details, microsEnv: 'prod' })
    .filter((directive) => !directive.startsWith('report-uri'))
    .join('; ');
};
