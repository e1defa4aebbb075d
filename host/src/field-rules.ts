import { DomainError } from '@plexus/errors';
import {
  defaultFieldResolver,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { satisfiesScopes, type ScopeRequirement } from './field-rules.rules.ts';
import { siteScope, type Viewer } from './viewer.ts';

/** What the SDL asks of a field's reader: `@authenticated` (a signed-in viewer) and `@requiresScopes`. */
interface FieldRule {
  authenticated: boolean;
  scopes?: ScopeRequirement;
}

function ruleOf(directives: readonly ConstDirectiveNode[] | undefined): FieldRule | undefined {
  let rule: FieldRule | undefined;
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') rule = { ...rule, authenticated: true };
    if (directive.name.value === 'requiresScopes') {
      const scopes = directive.arguments?.find((argument) => argument.name.value === 'scopes');
      rule = { authenticated: true, scopes: scopes ? (valueFromASTUntyped(scopes.value) as string[][]) : [] };
    }
  }
  return rule;
}

// Every field of every answer is checked, so each viewer's verdict on a requirement is worked out once per request.
const verdicts = new WeakMap<Viewer, Map<ScopeRequirement, boolean>>();

function satisfiedFor(viewer: Viewer, required: ScopeRequirement): boolean {
  let known = verdicts.get(viewer);
  if (!known) verdicts.set(viewer, (known = new Map()));
  let verdict = known.get(required);
  if (verdict === undefined) known.set(required, (verdict = satisfiesScopes(viewer.roles ?? [viewer.role], required, siteScope(viewer) !== null)));
  return verdict;
}

/**
 * What a field asks when its SDL says nothing: a company role that sees
 * every site. The supplier portal and site-scoped users are let in field by
 * field (`[["staff", "all-sites"], ["supplier"]]`, `[["staff"]]` on a type or
 * field), so a field added anywhere is closed to them until someone decides
 * otherwise, and the service behind an opened field narrows the rows to the
 * supplier's own or the user's sites.
 */
const companyWide: FieldRule = { authenticated: true, scopes: [['staff', 'all-sites']] };

/**
 * Enforces the field rules a subgraph's SDL declares with Federation's
 * `@authenticated` and `@requiresScopes` (on a field, or on an object type
 * for all its fields), and `companyWide` where it declares none: the field's
 * resolver runs only for a viewer who satisfies them, anyone else gets
 * FORBIDDEN for that field (its parent is null if it is non-null), through a
 * query or an entity reference alike.
 */
export function enforceFieldRules(schema: GraphQLSchema, typeDefs: DocumentNode, viewerOf: (context: unknown) => Viewer | undefined): void {
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    // Duck-typed: @apollo/subgraph builds the schema with graphql's CommonJS build, this module may hold the ESM one.
    const type = schema.getType(definition.name.value) as GraphQLObjectType | undefined;
    if (!type || !('getInterfaces' in type)) continue;
    const typeRule = ruleOf(definition.directives);
    for (const fieldNode of definition.fields ?? []) {
      const rule = ruleOf(fieldNode.directives) ?? typeRule ?? companyWide;
      const field = type.getFields()[fieldNode.name.value];
      if (!field) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        const viewer = viewerOf(context);
        if (!viewer || (rule.scopes && !satisfiedFor(viewer, rule.scopes))) {
          throw new DomainError('FORBIDDEN', `A${/^[aeiou]/.test(viewer?.role ?? '') ? 'n' : ''} ${viewer?.role ?? 'caller without a role'} may not read ${name}`, {
            field: name,
          });
        }
        return resolve(source, args, context, info);
      };
    }
  }
}
