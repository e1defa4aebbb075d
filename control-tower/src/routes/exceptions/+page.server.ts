import { fail } from '@sveltejs/kit';
import {
  AcknowledgeExceptionDocument,
  AssignExceptionDocument,
  ExceptionsPageDocument,
  ResolveExceptionDocument,
  SetExceptionRuleDocument,
} from '#lib/graphql/__generated__/operations.ts';
import type { GraphQLErrorShape } from '#lib/graphql/router-client.ts';
import { filterOf, inboxPageSize, readInboxQuery, readRuleForm } from '#lib/exceptions/exception-inbox.ts';
import { clampPage } from '#lib/paging.ts';
import { askGraph, outages, refusals } from '#lib/server/graph.ts';
import { demoUsers } from '#lib/server/sign-in.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** The exception inbox: what needs a person, filtered from the URL, with the rules that raise it. */
export async function load({ url, fetch, cookies }) {
  const { query, problems } = readInboxQuery(url.searchParams);
  const ask = (page: number) => askGraph(fetch, ExceptionsPageDocument, { filter: filterOf(query), first: inboxPageSize, offset: (page - 1) * inboxPageSize });
  const [first, roles, users] = await Promise.all([ask(query.page), viewerRoles(cookies), demoUsers().catch(() => [])]);
  let result = first;
  const clamped = clampPage(query.page, result.data?.exceptions.totalCount ?? 0, inboxPageSize);
  if (clamped.problem) {
    problems.push(clamped.problem);
    query.page = clamped.page;
    result = await ask(query.page);
  }
  const sites = result.data?.sites ?? [];
  if (query.siteId && sites.length && !sites.some((site) => site.id === query.siteId)) problems.push(`There is no site with id ${query.siteId}.`);
  return {
    query,
    problems: [...problems, ...refusals(result.errors)],
    outages: outages(result.errors),
    exceptions: result.data?.exceptions ?? { totalCount: 0, bySeverity: [], items: [] },
    rules: result.data?.exceptionRules ?? [],
    sites,
    roles,
    users: users.map((user) => ({ id: user.sub, name: user.name })),
    mayEditRules: roles.some((role) => role === 'planner' || role === 'admin'),
    now: new Date().toISOString(),
  };
}

type Action = 'acknowledge' | 'assign' | 'resolve' | 'rule';

/** The graph's answer to a change, as the page shows it: done, or refused with its reason. */
function outcome(action: Action, errors: readonly GraphQLErrorShape[], done: string) {
  if (!errors.length) return { action, done, problem: null };
  const code = errors[0]?.extensions?.code;
  return refused(code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400, action, errors.map((problem) => problem.message).join(' '));
}

const refused = (status: number, action: Action, problem: string) => fail(status, { action, done: null, problem });

const idOf = (form: FormData) => String(form.get('id') ?? '').trim();

export const actions = {
  acknowledge: async ({ request, fetch }) => {
    const id = idOf(await request.formData());
    if (!id) return refused(400, 'acknowledge', 'Say which exception.');
    const result = await askGraph(fetch, AcknowledgeExceptionDocument, { id });
    return outcome('acknowledge', result.errors, `Acknowledged ${result.data?.acknowledgeException.subjectLabel ?? ''}.`.replace(' .', '.'));
  },
  assign: async ({ request, fetch }) => {
    const form = await request.formData();
    const id = idOf(form);
    const ownerId = String(form.get('ownerId') ?? '').trim();
    if (!id) return refused(400, 'assign', 'Say which exception.');
    if (!ownerId) return refused(400, 'assign', 'Choose who owns it.');
    const result = await askGraph(fetch, AssignExceptionDocument, { id, ownerId });
    return outcome('assign', result.errors, `Assigned to ${ownerId}.`);
  },
  resolve: async ({ request, fetch }) => {
    const form = await request.formData();
    const id = idOf(form);
    if (!id) return refused(400, 'resolve', 'Say which exception.');
    const note = String(form.get('note') ?? '').trim();
    const result = await askGraph(fetch, ResolveExceptionDocument, { id, note: note || null });
    return outcome('resolve', result.errors, `Resolved ${result.data?.resolveException.subjectLabel ?? ''}.`.replace(' .', '.'));
  },
  rule: async ({ request, fetch }) => {
    const rule = readRuleForm(await request.formData());
    if (rule.problem !== null) return refused(400, 'rule', rule.problem);
    const result = await askGraph(fetch, SetExceptionRuleDocument, { input: rule.value });
    return outcome('rule', result.errors, 'The rule is saved; it applies from the next event or sweep.');
  },
};
