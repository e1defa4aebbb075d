import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';
import type { Role, Viewer } from '@plexus/identity';

/**
 * What one request may ask for, checked on the document before Apollo plans
 * it: an operation over a limit is refused with OPERATION_LIMIT_EXCEEDED
 * (`limit` names which) and never reaches a subgraph.
 */
export interface OperationLimits {
  /** Nesting of fields; the root fields are depth 1. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document; parsing stops at the limit. */
  maxTokens: number;
  /** Estimated objects the answer holds: see `estimateCost`. */
  maxCost: number;
  maxBodyBytes: number;
  /** Sustained requests per second per user (per address without a user), with bursts up to `burst`. */
  requestsPerSecond: number;
  burst: number;
}

/** Limits for browsers and every role without its own; a role's entry widens them for its users. */
export interface LimitPolicy {
  default: OperationLimits;
  byRole?: Partial<Record<Role, Partial<OperationLimits>>>;
}

export const defaultLimitPolicy: LimitPolicy = {
  // The control tower's order detail (four subgraphs) is depth 7, ~120 tokens, cost ~500; fifty such orders cost ~21,000.
  default: { maxDepth: 10, maxAliases: 30, maxDirectives: 20, maxTokens: 2_000, maxCost: 50_000, maxBodyBytes: 32 * 1024, requestsPerSecond: 50, burst: 200 },
  // Analysts write their own queries: deeper, wider and larger, still bounded.
  byRole: { analyst: { maxDepth: 15, maxAliases: 100, maxDirectives: 50, maxTokens: 10_000, maxCost: 500_000, maxBodyBytes: 256 * 1024, requestsPerSecond: 100, burst: 400 } },
};

/** The most generous of the viewer's roles' limits, dimension by dimension. */
export function limitsFor(policy: LimitPolicy, viewer: Viewer | undefined): OperationLimits {
  const entries = (viewer?.roles ?? []).map((role) => policy.byRole?.[role]).filter((entry) => entry !== undefined);
  if (entries.length === 0) return policy.default;
  const limits = { ...policy.default };
  for (const entry of entries) {
    for (const [name, value] of Object.entries(entry) as [keyof OperationLimits, number][]) limits[name] = Math.max(limits[name], value);
  }
  return limits;
}

export class OperationRefusal extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

const overLimit = (limit: string, maximum: number, message: string) => new OperationRefusal('OPERATION_LIMIT_EXCEEDED', message, { limit, maximum });

/** How big an unsized list is assumed to be, and how costly fields are, when the schema does not say (`@listSize`, `@cost`). */
export interface CostModel {
  assumedListSize: number;
  /** Argument names that cap a list's length (`first: 25`); their SDL default applies when omitted. */
  slicingArguments: readonly string[];
}

export const defaultCostModel: CostModel = { assumedListSize: 5, slicingArguments: ['first'] };

/** What reading a query text gave: its document, a syntax error, or more tokens than the limit it was read under. */
type DocumentEntry =
  | { document: DocumentNode; tokens: number; operations: Map<string | null, AnalyzedOperation | OperationRefusal> }
  | { refusal: OperationRefusal }
  | { tokensAbove: number };

interface Shape {
  depth: number;
  aliases: number;
  directives: number;
}

/** A document measured once per distinct query text; what depends on variables (cost) is computed per request. */
export interface AnalyzedOperation {
  operation: OperationTypeNode;
  shape: Shape;
  cost(variables: Record<string, unknown> | undefined, stopAbove: number): number;
}

export class OperationAnalyzer {
  readonly #schema: GraphQLSchema;
  readonly #costModel: CostModel;
  /**
   * Each distinct query text is read once: a document that parsed, with its
   * exact token count and measured operations, or the refusal it earned (a
   * syntax error, or more tokens than the limit it was read under), so a
   * flood repeating a hostile text costs a lookup. Bounded by count and by
   * total text, oldest first out.
   */
  readonly #documents = new Map<string, DocumentEntry>();
  #cachedCharacters = 0;

  constructor(schema: GraphQLSchema, costModel: CostModel = defaultCostModel) {
    this.#schema = schema;
    this.#costModel = costModel;
  }

  /** Checks a request's operation against the limits; throws an OperationRefusal, returns the operation's type and estimated cost otherwise. */
  check(
    query: string,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    limits: OperationLimits,
  ): { operation: OperationTypeNode; cost: number } {
    const analyzed = this.#analyze(query, operationName ?? null, limits.maxTokens);
    if (analyzed instanceof OperationRefusal) throw analyzed;
    const { shape } = analyzed;
    if (shape.depth > limits.maxDepth) throw overLimit('depth', limits.maxDepth, `The operation nests deeper than ${limits.maxDepth} fields`);
    if (shape.aliases > limits.maxAliases) throw overLimit('aliases', limits.maxAliases, `The operation uses more than ${limits.maxAliases} aliases`);
    if (shape.directives > limits.maxDirectives) throw overLimit('directives', limits.maxDirectives, `The operation uses more than ${limits.maxDirectives} directives`);
    const cost = analyzed.cost(variables, limits.maxCost);
    if (cost > limits.maxCost) throw overLimit('cost', limits.maxCost, `The operation could return more than ${limits.maxCost} objects; ask for fewer (first) or less nesting`);
    return { operation: analyzed.operation, cost };
  }

  #analyze(query: string, operationName: string | null, maxTokens: number): AnalyzedOperation | OperationRefusal {
    let entry = this.#documents.get(query);
    if (entry && 'refusal' in entry) return entry.refusal;
    if (entry && 'tokensAbove' in entry) {
      if (maxTokens <= entry.tokensAbove) return overLimit('tokens', maxTokens, `The document has more than ${maxTokens} tokens`);
      // Refused under a narrower limit than this viewer's: read it again.
      entry = undefined;
    }
    if (!entry) {
      const document = parseWithin(query, maxTokens);
      if (document instanceof OperationRefusal) {
        this.#remember(query, document.details.limit === 'tokens' ? { tokensAbove: maxTokens } : { refusal: document });
        return document;
      }
      entry = { document, tokens: countTokens(query), operations: new Map() };
      this.#remember(query, entry);
    }
    if (entry.tokens > maxTokens) return overLimit('tokens', maxTokens, `The document has more than ${maxTokens} tokens`);
    let analyzed = entry.operations.get(operationName);
    if (!analyzed) {
      analyzed = this.#measure(entry.document, operationName);
      entry.operations.set(operationName, analyzed);
    }
    return analyzed;
  }

  #remember(query: string, entry: DocumentEntry): void {
    const previous = this.#documents.get(query);
    if (previous) this.#cachedCharacters -= query.length;
    this.#documents.delete(query);
    this.#documents.set(query, entry);
    this.#cachedCharacters += query.length;
    while (this.#documents.size > 1_000 || this.#cachedCharacters > 4 * 1024 * 1024) {
      const oldest = this.#documents.keys().next().value!;
      this.#documents.delete(oldest);
      this.#cachedCharacters -= oldest.length;
    }
  }

  #measure(document: DocumentNode, operationName: string | null): AnalyzedOperation | OperationRefusal {
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((candidate) => candidate.name?.value === operationName);
    if (!operation) {
      return new OperationRefusal('BAD_REQUEST', operationName === null ? 'Name the operation to run (operationName)' : `The document has no operation ${operationName}`);
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const shape = measureShape(operation, fragments);
    const rootType = this.#schema.getRootType(operation.operation);
    const costModel = this.#costModel;
    const schema = this.#schema;
    return {
      operation: operation.operation,
      shape,
      cost: (variables, stopAbove) => (rootType ? estimateCost(schema, operation.selectionSet, rootType, fragments, variables ?? {}, costModel, stopAbove) : 0),
    };
  }
}

function parseWithin(query: string, maxTokens: number): DocumentNode | OperationRefusal {
  try {
    return parse(query, { maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof RangeError) return overLimit('depth', 0, 'The operation nests too deep to read');
    const message = (error as Error).message;
    // graphql-js words it "more that N tokens".
    if (/Document contains more th[ae]t? \d+ tokens/.test(message)) return overLimit('tokens', maxTokens, `The document has more than ${maxTokens} tokens`);
    return new OperationRefusal('GRAPHQL_PARSE_FAILED', message);
  }
}

/** Counts a document's tokens the way the parser's limit does (comments excluded); run once per document that parsed. */
function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/** Depth, aliases and directives; each fragment is measured once and counted per spread, so nested spreads cannot hide a blow-up. */
function measureShape(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Shape {
  const measured = new Map<string, Shape>();
  const visiting = new Set<string>();
  const measureSet = (selectionSet: SelectionSetNode): Shape => {
    const total: Shape = { depth: 0, aliases: 0, directives: 0 };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      let inner: Shape | undefined;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) total.aliases += 1;
        inner = selection.selectionSet ? measureSet(selection.selectionSet) : { depth: 0, aliases: 0, directives: 0 };
        inner = { ...inner, depth: inner.depth + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle or unknown fragment is the validator's to refuse; it adds nothing here.
        if (!fragment || visiting.has(name)) continue;
        inner = measured.get(name);
        if (!inner) {
          visiting.add(name);
          inner = measureSet(fragment.selectionSet);
          inner.directives += fragment.directives?.length ?? 0;
          visiting.delete(name);
          measured.set(name, inner);
        }
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.directives += inner.directives;
    }
    return total;
  };
  const shape = measureSet(operation.selectionSet);
  shape.directives += operation.directives?.length ?? 0;
  return shape;
}

function unwrapsToList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function directiveArgument(field: GraphQLField<unknown, unknown>, directive: string, argument: string): unknown {
  const node = field.astNode?.directives?.find((candidate) => candidate.name.value === directive);
  const value = node?.arguments?.find((candidate) => candidate.name.value === argument)?.value;
  return value ? valueFromASTUntyped(value) : undefined;
}

/**
 * An upper estimate of the objects an answer holds: each object field costs
 * its `@cost(weight)` (1 by default) per element; a list holds its slicing
 * argument's value (`first`, given or its SDL default), else `@listSize
 * (assumedSize)`, else the model's assumed size; a field whose object is a
 * page (`salesOrders(first) { items }`) sizes the lists inside it. Scalars are
 * free. Stops counting once past `stopAbove`.
 */
function estimateCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  model: CostModel,
  stopAbove: number,
): number {
  const visiting = new Set<string>();
  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType, pageSize: number | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (cost > stopAbove) return cost;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? (parentTypeNamed(selection.typeCondition.name.value) ?? type) : type;
        cost += costOf(selection.selectionSet, condition, pageSize);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        cost += costOf(fragment.selectionSet, parentTypeNamed(fragment.typeCondition.name.value) ?? type, pageSize);
        visiting.delete(fragment.name.value);
      } else {
        cost += fieldCost(selection, type, pageSize);
      }
    }
    return cost;
  };
  const parentTypeNamed = (name: string) => {
    const named = schema.getType(name);
    return named && isCompositeType(named) ? named : undefined;
  };
  const fieldCost = (node: FieldNode, type: GraphQLCompositeType, pageSize: number | undefined): number => {
    if (!node.selectionSet || node.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) return 0;
    const field = type.getFields()[node.name.value];
    if (!field) return 0;
    const returned = getNamedType(field.type);
    if (!isCompositeType(returned)) return 0;
    const weight = Number(directiveArgument(field, 'cost', 'weight') ?? 1);
    const slice = sliceSize(node, field, variables, model);
    const isList = unwrapsToList(field.type);
    const size = isList ? (slice ?? pageSize ?? Number(directiveArgument(field, 'listSize', 'assumedSize') ?? model.assumedListSize)) : 1;
    // A sliced field that is not itself a list is a page: the slice sizes the lists it holds.
    const innerPageSize = !isList && slice !== undefined ? slice : undefined;
    return size * (weight + costOf(node.selectionSet, returned, innerPageSize));
  };
  return costOf(selectionSet, parentType, undefined);
}

function sliceSize(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, model: CostModel): number | undefined {
  for (const name of model.slicingArguments) {
    const definition = field.args.find((argument) => argument.name === name);
    if (!definition) continue;
    const given = node.arguments?.find((argument) => argument.name.value === name)?.value;
    const value = given ? (given.kind === Kind.VARIABLE ? variables[given.name.value] : valueFromASTUntyped(given)) : undefined;
    const size = typeof value === 'number' ? value : typeof definition.defaultValue === 'number' ? definition.defaultValue : undefined;
    // Negative sizes are the subgraph's to refuse; a missing one falls back to the assumed size.
    return size === undefined ? undefined : Math.max(0, size);
  }
  return undefined;
}
