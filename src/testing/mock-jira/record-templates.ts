/** The kinds of events a real Jira audit log holds, each producing the fields Jira fills for it. */
import type {
  CleanWireAuditRecord as RawAuditRecord,
  CleanWireChange as RawChangedValue,
  CleanWireItem as RawAuditItem,
} from '../../jira/schemas';
import {
  change,
  groupItem,
  named,
  projectItem,
  userItem,
  type TemplateContext,
} from './event-parts';
import * as words from './vocabulary';

export type { TemplateContext };

export type EventFields = Pick<RawAuditRecord, 'summary' | 'category' | 'objectItem'> & {
  changedValues?: RawChangedValue[];
  associatedItems?: RawAuditItem[];
  /** System events (sync, retention, imports) have no author and no address. */
  system?: boolean;
};

type Template = { readonly weight: number; readonly make: (ctx: TemplateContext) => EventFields };

const TEMPLATES: readonly Template[] = [
  {
    weight: 6,
    make: (ctx) => ({
      summary: 'User created',
      category: 'user management',
      objectItem: userItem(ctx),
      changedValues: [
        change('Full name', ctx.random.pick(words.DISPLAY_NAMES)),
        change('Active / Inactive', 'Active'),
      ],
      associatedItems: [groupItem(ctx)],
    }),
  },
  {
    weight: 6,
    make: (ctx) => ({
      summary: 'User updated',
      category: 'user management',
      objectItem: userItem(ctx),
      changedValues: [
        change(
          'Full name',
          ctx.random.pick(words.DISPLAY_NAMES),
          ctx.random.pick(words.DISPLAY_NAMES),
        ),
      ],
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: "User's password changed",
      category: 'user management',
      objectItem: userItem(ctx),
    }),
  },
  {
    weight: 8,
    make: (ctx) => ({
      summary: 'User added to group',
      category: 'group management',
      objectItem: groupItem(ctx),
      associatedItems: [userItem(ctx)],
      system: ctx.random.chance(0.3),
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: 'Group created',
      category: 'group management',
      objectItem: groupItem(ctx),
      system: ctx.random.chance(0.5),
    }),
  },
  {
    weight: 3,
    make: (ctx) => {
      const project = projectItem(ctx);
      return {
        summary: 'Project created',
        category: 'projects',
        objectItem: project,
        changedValues: [
          change('Name', project.name),
          change('Key', `P${ctx.random.int(1, 99)}`),
          change('Description', ctx.random.pick(words.AWKWARD_VALUES)),
        ],
      };
    },
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Project deleted',
      category: 'projects',
      objectItem: projectItem(ctx),
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Project role deleted',
      category: 'projects',
      objectItem: named('PROJECT_ROLE', ctx.random.pick(words.ROLE_NAMES), ctx.random),
    }),
  },
  {
    weight: 3,
    make: (ctx) => ({
      summary: ctx.random.pick(['Workflow created', 'Workflow updated', 'Workflow deleted']),
      category: 'workflows',
      objectItem: named('WORKFLOW', ctx.random.pick(words.WORKFLOW_NAMES), ctx.random),
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: 'Workflow scheme added to project',
      category: 'workflows',
      objectItem: named('SCHEME', ctx.random.pick(words.SCHEME_NAMES), ctx.random),
      associatedItems: [projectItem(ctx)],
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: 'Permission scheme added to project',
      category: 'permissions',
      objectItem: named('SCHEME', 'Default Permission Scheme', ctx.random),
      associatedItems: [projectItem(ctx)],
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Issue Security scheme deleted',
      category: 'permissions',
      objectItem: named('SCHEME', ctx.random.pick(words.SCHEME_NAMES), ctx.random),
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: 'Field Configuration scheme updated',
      category: 'fields',
      objectItem: named('SCHEME', ctx.random.pick(words.SCHEME_NAMES), ctx.random),
      changedValues: [
        change(
          'Description',
          ctx.random.pick(words.AWKWARD_VALUES),
          ctx.random.pick(words.AWKWARD_VALUES),
        ),
      ],
    }),
  },
  {
    weight: 3,
    make: (ctx) => ({
      summary: 'Custom field created',
      category: 'fields',
      objectItem: named('CUSTOM_FIELD', ctx.random.pick(words.CUSTOM_FIELDS), ctx.random),
      changedValues: [
        change('Name', ctx.random.pick(words.CUSTOM_FIELDS)),
        change('Description', ctx.random.pick(words.AWKWARD_VALUES)),
      ],
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Notification scheme deleted',
      category: 'notifications',
      objectItem: named('SCHEME', 'Default Notification Scheme', ctx.random),
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Issue type created',
      category: 'issue types',
      objectItem: named(
        'ISSUE_TYPE',
        ctx.random.pick(['Bug', 'Story', 'Épica', 'Incident']),
        ctx.random,
      ),
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Screen updated',
      category: 'screens',
      objectItem: named('SCREEN', 'Default Screen', ctx.random),
    }),
  },
  {
    weight: 1,
    make: (ctx) => ({
      summary: 'Request type deleted',
      category: 'projects',
      objectItem: projectItem(ctx),
    }),
  },
  {
    weight: 2,
    make: (ctx) => ({
      summary: 'Audit log retention period changed',
      category: 'system',
      changedValues: [change('Retention period', `${ctx.random.pick([90, 180, 365])} days`)],
      system: true,
    }),
  },
];

const TOTAL_WEIGHT = TEMPLATES.reduce((sum, template) => sum + template.weight, 0);

export const randomEvent = (ctx: TemplateContext): EventFields => {
  let roll = ctx.random.next() * TOTAL_WEIGHT;
  for (const template of TEMPLATES) {
    roll -= template.weight;
    if (roll < 0) return template.make(ctx);
  }
  return TEMPLATES[0]!.make(ctx);
};
