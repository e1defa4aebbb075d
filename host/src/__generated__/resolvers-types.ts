import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MutationAuditRecord as MutationAuditRecordEntity } from '../audit/audit.service.ts';
import type { AuditContext } from '../audit/audit-context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type MutationAuditFilter = {
  /** From this moment on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<MutationOutcome>;
  system?: InputMaybe<Scalars['String']['input']>;
  /** Before this moment. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAuditPage = {
  __typename?: 'MutationAuditPage';
  items: Array<MutationAuditRecord>;
  totalCount: Scalars['Int']['output'];
};

/** One mutation a system answered: who asked, as what, what it called and what became of it. Kept by the host of every system. */
export type MutationAuditRecord = {
  __typename?: 'MutationAuditRecord';
  at: Scalars['DateTime']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  /** The mutation fields called. */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  operationName: Maybe<Scalars['String']['output']>;
  outcome: MutationOutcome;
  roles: Array<Scalars['String']['output']>;
  supplierId: Maybe<Scalars['String']['output']>;
  /** The system that answered (one mutation of the graph touching two systems is two records). */
  system: Scalars['String']['output'];
  /** The signed-in user (`sub` of the token). */
  userId: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the variables as canonical JSON: equal values give equal digests; the values are not kept. */
  variablesDigest: Scalars['String']['output'];
};

/** What became of a mutation: done; refused with a code that writes nothing (BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN); failed otherwise. */
export type MutationOutcome =
  | 'FAILED'
  | 'REFUSED'
  | 'SUCCEEDED';

export type Query = {
  __typename?: 'Query';
  /** The audit log of mutations, newest first. Administrators only. */
  mutationAudit: MutationAuditPage;
};


export type QueryMutationAuditArgs = {
  filter?: InputMaybe<MutationAuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  MutationAuditFilter: MutationAuditFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  MutationAuditPage: ResolverTypeWrapper<Omit<MutationAuditPage, 'items'> & { items: Array<ResolversTypes['MutationAuditRecord']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MutationAuditRecord: ResolverTypeWrapper<MutationAuditRecordEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  MutationOutcome: MutationOutcome;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  MutationAuditFilter: MutationAuditFilter;
  String: Scalars['String']['output'];
  MutationAuditPage: Omit<MutationAuditPage, 'items'> & { items: Array<ResolversParentTypes['MutationAuditRecord']> };
  Int: Scalars['Int']['output'];
  MutationAuditRecord: MutationAuditRecordEntity;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationAuditPageResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['MutationAuditPage'] = ResolversParentTypes['MutationAuditPage']> = {
  items?: Resolver<Array<ResolversTypes['MutationAuditRecord']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationAuditRecordResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['MutationAuditRecord'] = ResolversParentTypes['MutationAuditRecord']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['MutationOutcome'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variablesDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  mutationAudit?: Resolver<ResolversTypes['MutationAuditPage'], ParentType, ContextType, RequireFields<QueryMutationAuditArgs, 'first' | 'offset'>>;
};

export type Resolvers<ContextType = AuditContext> = {
  DateTime?: GraphQLScalarType;
  MutationAuditPage?: MutationAuditPageResolvers<ContextType>;
  MutationAuditRecord?: MutationAuditRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

