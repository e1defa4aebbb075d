import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Item as ItemEntity } from '../item/item.entity.ts';
import type { Site as SiteEntity } from '../site/site.entity.ts';
import type { BillOfMaterials as BillOfMaterialsEntity, BillOfMaterialsLine as BillOfMaterialsLineEntity } from '../bill-of-materials/bill-of-materials.entity.ts';
import type { ExplosionLine as ExplosionLineEntity } from '../bill-of-materials/bill-of-materials.rules.ts';
import type { ErpContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The direct components of a made item and how many of each one unit of it needs. */
export type BillOfMaterials = {
  __typename?: 'BillOfMaterials';
  id: Scalars['ID']['output'];
  lines: Array<BillOfMaterialsLine>;
  parent: Item;
};

export type BillOfMaterialsLine = {
  __typename?: 'BillOfMaterialsLine';
  component: Item;
  /** Quantity of the component per one unit of the parent, in the component's unit of measure. */
  quantityPer: Scalars['Float']['output'];
};

export type BillOfMaterialsLineInput = {
  componentId: Scalars['ID']['input'];
  quantityPer: Scalars['Float']['input'];
};

/** One row of a multi-level bill of materials explosion. */
export type BomExplosionLine = {
  __typename?: 'BomExplosionLine';
  component: Item;
  /** Quantity needed for the exploded quantity of the top item. */
  extendedQuantity: Scalars['Float']['output'];
  /** 1 for the parent's direct components, 2 for theirs, and so on. */
  level: Scalars['Int']['output'];
  /** SKUs from the top item down to this component. */
  path: Array<Scalars['String']['output']>;
  /** Quantity per one unit of the line's immediate parent. */
  quantityPer: Scalars['Float']['output'];
};

export type CreateItemInput = {
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
  standardCost: Scalars['Float']['input'];
  type: ItemType;
  unitOfMeasure: Scalars['String']['input'];
};

export type CreateSiteInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

/** Master data for anything that is made, bought, stocked or sold. Owned by ERP. */
export type Item = {
  __typename?: 'Item';
  /** The item's own bill of materials (its direct components); null for items that are bought. */
  billOfMaterials: Maybe<BillOfMaterials>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Stock-keeping unit: the unique, human-facing item code. */
  sku: Scalars['String']['output'];
  /** Standard cost per unit of measure, in the company currency; COGS and inventory value use it. Not for suppliers. */
  standardCost: Scalars['Float']['output'];
  type: ItemType;
  /** Unit of measure, e.g. EA, KG, M. */
  unitOfMeasure: Scalars['String']['output'];
};

export type ItemFilter = {
  /** Matches SKU or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ItemType>;
};

/** Whether an item is sold (finished good), built into another item (semi-finished good) or bought (raw material). */
export type ItemType =
  | 'FG'
  | 'RM'
  | 'SFG';

export type Mutation = {
  __typename?: 'Mutation';
  createItem: Item;
  createSite: Site;
  /** Replaces the item's bill of materials; rejects a component that would make the structure cyclic. */
  setBillOfMaterials: BillOfMaterials;
};


export type MutationCreateItemArgs = {
  input: CreateItemInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationSetBillOfMaterialsArgs = {
  itemId: Scalars['ID']['input'];
  lines: Array<BillOfMaterialsLineInput>;
};

export type Query = {
  __typename?: 'Query';
  /** Every component needed to make `quantity` of the item, level by level, depth first. */
  explodeBillOfMaterials: Array<BomExplosionLine>;
  item: Maybe<Item>;
  itemBySku: Maybe<Item>;
  /** Items ordered by SKU. */
  items: Array<Item>;
  site: Maybe<Site>;
  sites: Array<Site>;
};


export type QueryExplodeBillOfMaterialsArgs = {
  itemId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemBySkuArgs = {
  sku: Scalars['String']['input'];
};


export type QueryItemsArgs = {
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};

/** A plant, distribution centre or other place where the company holds stock or makes things. */
export type Site = {
  __typename?: 'Site';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone of the site, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

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

/** Mapping of federation types */
export type FederationTypes = {
  BillOfMaterials: BillOfMaterials;
  Item: Item;
  Site: Site;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BillOfMaterials:
    ( { __typename: 'BillOfMaterials' }
    & GraphQLRecursivePick<FederationTypes['BillOfMaterials'], {"id":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BillOfMaterials: ResolverTypeWrapper<BillOfMaterialsEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BillOfMaterialsLine: ResolverTypeWrapper<BillOfMaterialsLineEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BillOfMaterialsLineInput: BillOfMaterialsLineInput;
  BomExplosionLine: ResolverTypeWrapper<ExplosionLineEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateItemInput: CreateItemInput;
  CreateSiteInput: CreateSiteInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Item: ResolverTypeWrapper<ItemEntity>;
  ItemFilter: ItemFilter;
  ItemType: ItemType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Site: ResolverTypeWrapper<SiteEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BillOfMaterials: BillOfMaterialsEntity;
  ID: Scalars['ID']['output'];
  BillOfMaterialsLine: BillOfMaterialsLineEntity;
  Float: Scalars['Float']['output'];
  BillOfMaterialsLineInput: BillOfMaterialsLineInput;
  BomExplosionLine: ExplosionLineEntity;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  CreateItemInput: CreateItemInput;
  CreateSiteInput: CreateSiteInput;
  Date: Scalars['Date']['output'];
  Item: ItemEntity;
  ItemFilter: ItemFilter;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Site: SiteEntity;
  Boolean: Scalars['Boolean']['output'];
};

export type BillOfMaterialsResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BillOfMaterials'] = ResolversParentTypes['BillOfMaterials'], FederationReferenceType extends FederationReferenceTypes['BillOfMaterials'] = FederationReferenceTypes['BillOfMaterials']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BillOfMaterials']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BillOfMaterialsLine']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
};

export type BillOfMaterialsLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BillOfMaterialsLine'] = ResolversParentTypes['BillOfMaterialsLine']> = {
  component?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  quantityPer?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BomExplosionLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BomExplosionLine'] = ResolversParentTypes['BomExplosionLine']> = {
  component?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  extendedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  quantityPer?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ItemResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billOfMaterials?: Resolver<Maybe<ResolversTypes['BillOfMaterials']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standardCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ItemType'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationCreateItemArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  setBillOfMaterials?: Resolver<ResolversTypes['BillOfMaterials'], ParentType, ContextType, RequireFields<MutationSetBillOfMaterialsArgs, 'itemId' | 'lines'>>;
};

export type QueryResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  explodeBillOfMaterials?: Resolver<Array<ResolversTypes['BomExplosionLine']>, ParentType, ContextType, RequireFields<QueryExplodeBillOfMaterialsArgs, 'itemId' | 'quantity'>>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  itemBySku?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemBySkuArgs, 'sku'>>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemsArgs, 'first' | 'offset'>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
};

export type SiteResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ErpContext> = {
  BillOfMaterials?: BillOfMaterialsResolvers<ContextType>;
  BillOfMaterialsLine?: BillOfMaterialsLineResolvers<ContextType>;
  BomExplosionLine?: BomExplosionLineResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Item?: ItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
};

